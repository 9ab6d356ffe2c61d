import 'server-only';
import { sql } from 'kysely';
import { getDb, withTransaction } from '@/lib/db/client';
import { parseBirthDate } from '@/lib/normalize/birth-date';
import { audit } from '@/lib/audit';
import { hashBirthDate, needsRehash, verifyBirthDate } from '@/lib/security/secrets';
import { checkTicket } from './lookup';
import { MAX_PASSWORD_ATTEMPTS, OPEN_STATES } from './state';

export type PasswordResult =
  | { ok: true }
  | { ok: false; code: 'password.format' }
  | { ok: false; code: 'password.wrong'; remaining: number }
  | { ok: false; code: 'qr.locked' | 'qr.expired' | 'qr.superseded' | 'qr.unknown' };

/**
 * Checks the birth date for a ticket (spec §3 step 4). Input that is not a date does not count.
 * A wrong date is counted by one atomic `UPDATE … RETURNING` guarded by the state, so concurrent
 * guesses on any number of instances lock after exactly five counted attempts and never more.
 */
export async function attemptPassword(
  ticketId: string,
  input: string,
  context: { ip: string | null },
  now = Date.now(),
): Promise<PasswordResult> {
  const isoDate = parseBirthDate(input);
  if (!isoDate) return { ok: false, code: 'password.format' };

  const { db } = await getDb();
  const row = await db
    .selectFrom('tickets')
    .innerJoin('holders', 'holders.id', 'tickets.holder_id')
    .selectAll('tickets')
    .select('holders.birth_date_hash')
    .where('tickets.id', '=', ticketId)
    .executeTakeFirst();
  if (!row) return { ok: false, code: 'qr.unknown' };
  const before = checkTicket(row, now);
  if (!before.ok) return { ok: false, code: before.code };

  const correct = await verifyBirthDate(isoDate, row.birth_date_hash);
  // A hash from before decision 0023 is replaced by the keyed one once the date is known right.
  const rehash = correct && needsRehash(row.birth_date_hash) ? await hashBirthDate(isoDate) : null;
  return withTransaction(async (tx) => {
    // The guarded update matched nothing: the ticket changed while scrypt ran (locked by parallel
    // guesses, superseded by a re-issue, expired). Say which, as the lookup would.
    const refused = async () => {
      const current = await tx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
      const check = current ? checkTicket(current, now) : ({ ok: false, code: 'qr.unknown' } as const);
      return { ok: false as const, code: check.ok ? ('qr.locked' as const) : check.code };
    };
    if (correct) {
      const reset = await tx
        .updateTable('tickets')
        .set({ failed_attempts: 0 })
        .where('id', '=', ticketId)
        .where('state', 'in', OPEN_STATES)
        .where('expires_at', '>', now)
        .returning('id')
        .executeTakeFirst();
      if (!reset) return refused();
      if (rehash)
        await tx
          .updateTable('holders')
          .set({ birth_date_hash: rehash })
          .where('id', '=', row.holder_id)
          .where('birth_date_hash', '=', row.birth_date_hash)
          .execute();
      await audit(
        tx,
        { type: 'password.check', outcome: 'ok', holderId: row.holder_id, ticketId, ip: context.ip },
        now,
      );
      return { ok: true as const };
    }
    const counted = await tx
      .updateTable('tickets')
      .set({
        failed_attempts: sql<number>`failed_attempts + 1`,
        state: sql<'locked'>`case when failed_attempts + 1 >= ${MAX_PASSWORD_ATTEMPTS} then 'locked' else state end`,
        locked_at: sql<number>`case when failed_attempts + 1 >= ${MAX_PASSWORD_ATTEMPTS} then ${now} else locked_at end`,
      })
      .where('id', '=', ticketId)
      .where('state', 'in', OPEN_STATES)
      .where('expires_at', '>', now)
      .returning(['failed_attempts', 'state'])
      .executeTakeFirst();
    if (!counted) return refused();
    const remaining = MAX_PASSWORD_ATTEMPTS - Number(counted.failed_attempts);
    await audit(
      tx,
      {
        type: 'password.check',
        outcome: 'fail',
        holderId: row.holder_id,
        ticketId,
        ip: context.ip,
        detail: { attempts: Number(counted.failed_attempts) },
      },
      now,
    );
    if (counted.state === 'locked') {
      await audit(
        tx,
        { type: 'ticket.locked', outcome: 'info', holderId: row.holder_id, ticketId, ip: context.ip },
        now,
      );
      return { ok: false as const, code: 'qr.locked' as const };
    }
    return { ok: false as const, code: 'password.wrong' as const, remaining };
  });
}
