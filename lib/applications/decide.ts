import 'server-only';
import type { AuditActor } from '@/lib/audit';
import { audit } from '@/lib/audit';
import type { Engine, Tx } from '@/lib/db/client';
import { issueTicket, type IssuedTicket } from '@/lib/tickets/issue';
import type { ReissueReason } from './form';

/** A re-issue reason whose new ticket replaces the device (spec §7: the old phone is gone). */
export function replacesDevice(reason: string): boolean {
  return reason === ('phoneLost' satisfies ReissueReason);
}

export type DecisionRefusal = 'notFound' | 'alreadyDecided' | 'noHolder';
export type Approval = { ok: true; ticket: IssuedTicket; holderId: string } | { ok: false; refusal: DecisionRefusal };

async function pendingApplication(tx: Tx, id: string) {
  return tx
    .selectFrom('applications')
    .select(['id', 'state', 'reason', 'card_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * 【承認する】: issues the holder (found by the application's カードID) a new ticket through
 * lib/tickets — ending their open ones, replacing the device when the reason is
 * スマートフォンの紛失・故障 — and marks the application approved, in the caller's transaction.
 * The state check is a conditional update, so two admins approving at once issue one ticket.
 */
export async function approveApplication(
  tx: Tx,
  engine: Engine,
  input: { id: string; holderId: string | null; actor: AuditActor; now: number },
): Promise<Approval> {
  const app = await pendingApplication(tx, input.id);
  if (!app) return { ok: false, refusal: 'notFound' };
  if (app.state !== 'new') return { ok: false, refusal: 'alreadyDecided' };
  if (!input.holderId) return { ok: false, refusal: 'noHolder' };
  const claimed = await tx
    .updateTable('applications')
    .set({ state: 'approved', decided_at: input.now, decided_by: input.actor })
    .where('id', '=', input.id)
    .where('state', '=', 'new')
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return { ok: false, refusal: 'alreadyDecided' };
  const replaces = replacesDevice(app.reason);
  const ticket = await issueTicket(tx, engine, {
    holderId: input.holderId,
    replacesDevice: replaces,
    actor: input.actor,
    reason: `application ${input.id}`,
    now: input.now,
  });
  await tx.updateTable('applications').set({ ticket_id: ticket.ticketId }).where('id', '=', input.id).execute();
  await audit(
    tx,
    {
      type: 'application.approved',
      outcome: 'ok',
      holderId: input.holderId,
      ticketId: ticket.ticketId,
      actor: input.actor,
      detail: { applicationId: input.id, reason: app.reason, replacesDevice: replaces },
    },
    input.now,
  );
  return { ok: true, ticket, holderId: input.holderId };
}

/** 【却下する】 with the staff member's reason (required, 1–500 characters after trimming). */
export async function rejectApplication(
  tx: Tx,
  input: { id: string; rejectionReason: string; actor: AuditActor; now: number },
): Promise<{ ok: true } | { ok: false; refusal: DecisionRefusal | 'reasonRequired' }> {
  const rejectionReason = input.rejectionReason.trim().slice(0, 500);
  if (!rejectionReason) return { ok: false, refusal: 'reasonRequired' };
  const app = await pendingApplication(tx, input.id);
  if (!app) return { ok: false, refusal: 'notFound' };
  const done = await tx
    .updateTable('applications')
    .set({ state: 'rejected', decided_at: input.now, decided_by: input.actor, rejection_reason: rejectionReason })
    .where('id', '=', input.id)
    .where('state', '=', 'new')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) return { ok: false, refusal: 'alreadyDecided' };
  await audit(
    tx,
    {
      type: 'application.rejected',
      outcome: 'ok',
      actor: input.actor,
      detail: { applicationId: input.id, rejectionReason },
    },
    input.now,
  );
  return { ok: true };
}
