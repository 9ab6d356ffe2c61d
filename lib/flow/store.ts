import 'server-only';
import { getDb, type Tx } from '@/lib/db/client';
import type { Flow } from '@/lib/db/schema';
import { hashToken, newToken } from '@/lib/security/secrets';
import { isStep, type FlowView, type Step } from './machine';
import type { Notice } from './notice';

export const TERMS_VERSION = '2026-11-01';

export function toView(flow: Flow): FlowView {
  return {
    step: isStep(flow.step) ? flow.step : 'terms',
    // Terms agreed to in an earlier version are not agreed to the current ones.
    termsAgreed: flow.terms_agreed_at !== null && flow.terms_version === TERMS_VERSION,
    hasTicket: flow.ticket_id !== null,
    updatedAt: flow.updated_at,
  };
}

export async function loadFlow(token: string | undefined): Promise<Flow | undefined> {
  if (!token || token.length > 100) return undefined;
  const { db } = await getDb();
  return db.selectFrom('flows').selectAll().where('id', '=', hashToken(token)).executeTakeFirst();
}

/** The terms agreement a flow records: the version agreed to and when. */
export type TermsAgreement = { version: string; agreedAt: number };

/** Starts a new flow; the caller sets the returned token as the httpOnly cookie. */
export async function createFlow(
  tx: Tx,
  initial: {
    step: Step;
    ticketId?: string | null;
    holderId?: string | null;
    notice?: Notice | null;
    terms?: TermsAgreement;
  },
  now = Date.now(),
): Promise<{ token: string; id: string }> {
  const token = newToken();
  const id = hashToken(token);
  await tx
    .insertInto('flows')
    .values({
      id,
      step: initial.step,
      ticket_id: initial.ticketId ?? null,
      holder_id: initial.holderId ?? null,
      credential_id: null,
      terms_version: initial.terms?.version ?? null,
      terms_agreed_at: initial.terms?.agreedAt ?? null,
      notice: initial.notice ? JSON.stringify(initial.notice) : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { token, id };
}

export type FlowPatch = {
  step?: Step;
  ticketId?: string | null;
  holderId?: string | null;
  credentialId?: string | null;
  termsAgreedAt?: number;
  notice?: Notice | null;
};

/**
 * Applies a change only if the flow is still at `expectedStep`: two tabs or a double tap cannot
 * both advance the same flow. Returns false when another request moved it first.
 */
export async function updateFlow(tx: Tx, id: string, expectedStep: Step, patch: FlowPatch, now = Date.now()) {
  const result = await tx
    .updateTable('flows')
    .set({
      updated_at: now,
      ...(patch.step !== undefined && { step: patch.step }),
      ...(patch.ticketId !== undefined && { ticket_id: patch.ticketId }),
      ...(patch.holderId !== undefined && { holder_id: patch.holderId }),
      ...(patch.credentialId !== undefined && { credential_id: patch.credentialId }),
      ...(patch.termsAgreedAt !== undefined && { terms_agreed_at: patch.termsAgreedAt, terms_version: TERMS_VERSION }),
      ...(patch.notice !== undefined && { notice: patch.notice ? JSON.stringify(patch.notice) : null }),
    })
    .where('id', '=', id)
    .where('step', '=', expectedStep)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a flow if it is still at `expectedStep`; false when another request changed it first. */
export async function deleteFlow(tx: Tx, id: string, expectedStep: Step): Promise<boolean> {
  const result = await tx.deleteFrom('flows').where('id', '=', id).where('step', '=', expectedStep).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export function readNotice(flow: Flow | undefined): Notice | null {
  if (!flow?.notice) return null;
  try {
    return JSON.parse(flow.notice) as Notice;
  } catch {
    return null;
  }
}
