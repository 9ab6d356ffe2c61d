import 'server-only';
import type { Tx } from '@/lib/db/client';
import { compiledOnce } from '@/lib/db/compiled';
import type { ErrorCode } from '@/lib/messages';
import { checkTicket } from './lookup';

/**
 * Marks a ticket used by the registration that stores its passkey, inside that transaction: only
 * an active, unexpired ticket can be used, once. Answers whether the new passkey replaces the
 * device (a re-issued ticket), or the catalogue code that says why the ticket cannot be used.
 */
export async function markTicketUsed(
  tx: Tx,
  ticketId: string,
  now: number,
): Promise<{ ok: true; replacesDevice: boolean } | { ok: false; code: ErrorCode }> {
  const [used] = (await markUsed(tx, ticketId, now)).rows;
  if (used) return { ok: true, replacesDevice: used.replaces_device === 1 };
  // Read through the transaction: on SQLite the one connection is ours until we finish.
  const current = await tx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
  const state = current ? checkTicket(current, now) : undefined;
  return { ok: false, code: state && !state.ok ? state.code : 'register.alreadyRegistered' };
}

/** Compiled once (lib/db/compiled.ts): the registration's storing transaction runs it. */
const markUsed = compiledOnce((tx: Tx, ticketId: string, now: number) =>
  tx
    .updateTable('tickets')
    .set({ state: 'used', used_at: now })
    .where('id', '=', ticketId)
    .where('state', '=', 'active')
    .where('expires_at', '>', now)
    .returning(['replaces_device']),
);
