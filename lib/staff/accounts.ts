import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb, type Tx } from '@/lib/db/client';
import type { Staff, StaffRole } from '@/lib/db/schema';
import { audit, type AuditActor } from '@/lib/audit';
import { createEnrolment } from './enrolments';
import { endSessionsOf } from './sessions';

/**
 * The owner of the `staff` table (with ./enrolments.ts, ./credentials.ts and ./sessions.ts for the
 * other staff tables; lib/architecture.test.ts keeps it so). Writes take the caller's transaction.
 */

export type NewStaff = { staffId: string; role: StaffRole; name: string; token: string; expiresAt: number };

/** A new account with its single-use enrolment link's token (shown once, stored only hashed). */
export async function addStaff(
  tx: Tx,
  input: { name: string; role: StaffRole },
  actor: AuditActor,
  now = Date.now(),
): Promise<NewStaff> {
  const staffId = randomUUID();
  await tx
    .insertInto('staff')
    .values({
      id: staffId,
      name: input.name,
      role: input.role,
      created_at: now,
      created_by: actor,
      disabled_at: null,
      disabled_by: null,
    })
    .execute();
  const { token, expiresAt } = await createEnrolment(tx, staffId, now);
  await audit(tx, { type: 'staff.added', outcome: 'ok', actor, detail: { staffId, role: input.role } }, now);
  return { staffId, role: input.role, name: input.name, token, expiresAt };
}

export type StaffListing = {
  staffId: string;
  name: string;
  role: StaffRole;
  createdAt: number;
  disabledAt: number | null;
  /** How many passkeys the account has (0: the enrolment link was not used yet). */
  passkeys: number;
  lastSignInAt: number | null;
};

/** Every account, the newest first, for `staff:list` and the console's staff page. */
export async function listStaff(): Promise<StaffListing[]> {
  const { db } = await getDb();
  const rows = await db
    .selectFrom('staff')
    .select((eb) => [
      'staff.id',
      'staff.name',
      'staff.role',
      'staff.created_at',
      'staff.disabled_at',
      eb
        .selectFrom('staff_credentials')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('staff_credentials.staff_id', '=', 'staff.id')
        .as('passkeys'),
      eb
        .selectFrom('staff_sessions')
        .select((e) => e.fn.max('staff_sessions.created_at').as('at'))
        .whereRef('staff_sessions.staff_id', '=', 'staff.id')
        .as('last_sign_in_at'),
    ])
    .orderBy('staff.created_at', 'desc')
    .orderBy('staff.id')
    .execute();
  return rows.map((r) => ({
    staffId: r.id,
    name: r.name,
    role: r.role,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
    passkeys: Number(r.passkeys ?? 0),
    lastSignInAt: r.last_sign_in_at === null ? null : Number(r.last_sign_in_at),
  }));
}

/** The account, disabled or not; null for an id that names none. */
export async function staffById(staffId: string): Promise<Staff | null> {
  const { db } = await getDb();
  return (await db.selectFrom('staff').selectAll().where('id', '=', staffId).executeTakeFirst()) ?? null;
}

export type DisableResult = { ok: true; sessionsEnded: number } | { ok: false; reason: 'unknown' | 'already-disabled' };

/**
 * Disables the account and ends its live sessions in the caller's transaction: its passkey stops
 * signing in, its enrolment link stops working and an open console is signed out at its next request.
 */
export async function disableStaff(
  tx: Tx,
  staffId: string,
  actor: AuditActor,
  now = Date.now(),
): Promise<DisableResult> {
  const updated = await tx
    .updateTable('staff')
    .set({ disabled_at: now, disabled_by: actor })
    .where('id', '=', staffId)
    .where('disabled_at', 'is', null)
    .returning('id')
    .execute();
  if (updated.length === 0) {
    const exists = await tx.selectFrom('staff').select('id').where('id', '=', staffId).executeTakeFirst();
    return { ok: false, reason: exists ? 'already-disabled' : 'unknown' };
  }
  const sessionsEnded = await endSessionsOf(tx, staffId, 'disabled', now);
  await audit(tx, { type: 'staff.disabled', outcome: 'ok', actor, detail: { staffId, sessionsEnded } }, now);
  return { ok: true, sessionsEnded };
}

/** The name of each of these accounts, disabled or not (the audit log names its staff actors). */
export async function staffNames(staffIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(staffIds)];
  if (unique.length === 0) return found;
  const { db } = await getDb();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('staff')
      .select(['id', 'name'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) found.set(row.id, row.name);
  }
  return found;
}
