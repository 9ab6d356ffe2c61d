import 'server-only';
import type { Tx } from '@/lib/db/client';
import { OPEN_STATES } from './state';

/**
 * Ends every open ticket of a holder inside the caller's transaction and returns their ids, so the
 * caller can audit each. `superseded`: a newer card was issued (spec §2); `expired`: the card was
 * stopped (reported lost, support action) — its expiry is moved to now so no check can still pass.
 * The one place that knows which states are open (OPEN_STATES).
 */
export async function endOpenTickets(
  tx: Tx,
  holderId: string,
  how: 'superseded' | 'expired',
  now: number,
): Promise<string[]> {
  const set = how === 'superseded' ? { state: how, superseded_at: now } : { state: how, expires_at: now };
  const rows = await tx
    .updateTable('tickets')
    .set(set)
    .where('holder_id', '=', holderId)
    .where('state', 'in', OPEN_STATES)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
