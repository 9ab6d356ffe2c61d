import 'server-only';
import { getDb } from '@/lib/db/client';
import { effectiveState, remainingAttempts } from './state';

/** A holder's tickets, newest first, as staff and operators see them: never the code or its hash. */
export async function ticketsOf(holderId: string, now = Date.now()) {
  const { db } = await getDb();
  const rows = await db
    .selectFrom('tickets')
    .select([
      'id',
      'state',
      'failed_attempts',
      'replaces_device',
      'issued_at',
      'expires_at',
      'used_at',
      'locked_at',
      'superseded_at',
    ])
    .where('holder_id', '=', holderId)
    .orderBy('issued_at', 'desc')
    .execute();
  return rows.map((t) => ({
    id: t.id,
    state: effectiveState(t, now),
    attemptsUsed: t.failed_attempts,
    attemptsLeft: remainingAttempts(t),
    replacesDevice: t.replaces_device === 1,
    issuedAt: t.issued_at,
    expiresAt: t.expires_at,
    usedAt: t.used_at,
  }));
}
