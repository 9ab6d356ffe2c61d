import 'server-only';
import { withTransaction } from '@/lib/db/client';
import type { Lang } from '@/lib/messages';
import { audit, type AuditActor } from '@/lib/audit';
import { cardHtml } from '@/lib/cards/ticket-cards';
import { revokeActiveCredential } from '@/lib/credentials';
import { findHolderById } from '@/lib/holders';
import { ticketUrl } from '@/lib/operator/holders';
import { endOpenTickets } from '@/lib/tickets/end';
import { issueTicket } from '@/lib/tickets/issue';

type Refusal = { ok: false; code: 'staff.holderUnknown' | 'staff.noOpenTickets' | 'staff.noActiveDevice' };

/** The holder an action is for: a real one (sandbox holders are the sandbox's, not the desk's). */
async function actionable(holderId: string) {
  const holder = await findHolderById(holderId);
  return holder && holder.sandbox === 0 ? holder : undefined;
}

/**
 * 【QRコードを発行】: a new ticket that supersedes the holder's older ones (and, with
 * `replacesDevice`, replaces the device when it is used — FAQ Q5), audited with the staff actor and
 * the reason. Answers the printable card (the code exists only in this answer).
 */
export async function issueTicketAsStaff(
  input: { holderId: string; reason: string; replacesDevice: boolean; ttlDays?: number },
  actor: AuditActor,
  lang: Lang,
): Promise<{ ok: true; cardHtml: string; expiresAt: number } | Refusal> {
  const holder = await actionable(input.holderId);
  if (!holder) return { ok: false, code: 'staff.holderUnknown' };
  const issued = await withTransaction((tx, engine) =>
    issueTicket(tx, engine, {
      holderId: holder.id,
      ttlDays: input.ttlDays,
      replacesDevice: input.replacesDevice,
      reason: input.reason,
      actor,
    }),
  );
  const card = await cardHtml(
    {
      personId: holder.person_id,
      cardId: holder.card_id,
      code: issued.code,
      url: ticketUrl(issued.code),
      expiresAt: new Date(issued.expiresAt).toISOString(),
    },
    lang,
  );
  return { ok: true, cardHtml: card, expiresAt: issued.expiresAt };
}

/** 【QRコードを無効化】: ends the holder's open tickets now (a card reported lost or stolen). */
export async function expireTicketsAsStaff(
  input: { holderId: string; reason: string },
  actor: AuditActor,
): Promise<{ ok: true; expired: number } | Refusal> {
  const holder = await actionable(input.holderId);
  if (!holder) return { ok: false, code: 'staff.holderUnknown' };
  const now = Date.now();
  const expired = await withTransaction(async (tx) => {
    const ids = await endOpenTickets(tx, holder.id, 'expired', now);
    for (const ticketId of ids)
      await audit(
        tx,
        {
          type: 'ticket.expired',
          outcome: 'info',
          holderId: holder.id,
          ticketId,
          actor,
          detail: { reason: input.reason },
        },
        now,
      );
    return ids.length;
  });
  return expired > 0 ? { ok: true, expired } : { ok: false, code: 'staff.noOpenTickets' };
}

/** 【デバイスを無効化】: revokes the holder's active passkey (a lost phone); the doctor re-registers. */
export async function revokeDeviceAsStaff(
  input: { holderId: string; reason: string },
  actor: AuditActor,
): Promise<{ ok: true } | Refusal> {
  const holder = await actionable(input.holderId);
  if (!holder) return { ok: false, code: 'staff.holderUnknown' };
  const now = Date.now();
  const revoked = await withTransaction(async (tx) => {
    const id = await revokeActiveCredential(tx, holder.id, input.reason, actor, now);
    if (id)
      await audit(
        tx,
        {
          type: 'credential.revoked',
          outcome: 'ok',
          holderId: holder.id,
          credentialId: id,
          actor,
          detail: { reason: input.reason },
        },
        now,
      );
    return id;
  });
  return revoked ? { ok: true } : { ok: false, code: 'staff.noActiveDevice' };
}
