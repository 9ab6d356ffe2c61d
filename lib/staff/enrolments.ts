import 'server-only';
import type { Tx } from '@/lib/db/client';
import { getDb } from '@/lib/db/client';
import type { Staff } from '@/lib/db/schema';
import type { StaffMessageCode } from '@/lib/messages';
import { hashToken, newToken } from '@/lib/security/secrets';
import { ENROLMENT_TTL_MS } from './policy';

/**
 * The owner of `staff_enrolments`: single-use links to register a staff passkey. The row's id is
 * the SHA-256 of the link's token (256 random bits), so the database never holds a usable link.
 */

export async function createEnrolment(tx: Tx, staffId: string, now: number) {
  const token = newToken();
  const expiresAt = now + ENROLMENT_TTL_MS;
  await tx
    .insertInto('staff_enrolments')
    .values({ id: hashToken(token), staff_id: staffId, created_at: now, expires_at: expiresAt, used_at: null })
    .execute();
  return { token, expiresAt };
}

export type EnrolmentRefusal = 'unknown' | 'used' | 'expired' | 'disabled';

/** The message a refused link gets, on its page and from its endpoints alike. */
export const ENROLMENT_REFUSAL = {
  unknown: 'staff.enrolmentUnknown',
  used: 'staff.enrolmentUsed',
  expired: 'staff.enrolmentExpired',
  disabled: 'staff.enrolmentDisabled',
} as const satisfies Record<EnrolmentRefusal, StaffMessageCode>;
export type OpenEnrolment = { ok: true; id: string; staff: Staff } | { ok: false; reason: EnrolmentRefusal };

/** The link's state as a page shows it (no change): usable with its account, or why not. */
export async function openEnrolment(token: string, now = Date.now()): Promise<OpenEnrolment> {
  const { db } = await getDb();
  const id = hashToken(token);
  const row = await db
    .selectFrom('staff_enrolments')
    .innerJoin('staff', 'staff.id', 'staff_enrolments.staff_id')
    .select(['staff_enrolments.used_at', 'staff_enrolments.expires_at'])
    .selectAll('staff')
    .where('staff_enrolments.id', '=', id)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.used_at !== null) return { ok: false, reason: 'used' };
  if (row.disabled_at !== null) return { ok: false, reason: 'disabled' };
  if (row.expires_at <= now) return { ok: false, reason: 'expired' };
  const { used_at: _u, expires_at: _e, ...staff } = row;
  return { ok: true, id, staff };
}

/**
 * Uses the link up, inside the transaction that stores the passkey: one guarded UPDATE, so of any
 * number of concurrent attempts exactly one gets the account id and the others get null.
 */
export async function consumeEnrolment(tx: Tx, enrolmentId: string, now: number): Promise<string | null> {
  const row = await tx
    .updateTable('staff_enrolments')
    .set({ used_at: now })
    .where('id', '=', enrolmentId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .where('staff_id', 'in', (eb) => eb.selectFrom('staff').select('id').where('disabled_at', 'is', null))
    .returning('staff_id')
    .executeTakeFirst();
  return row?.staff_id ?? null;
}
