import 'server-only';
import { withTransaction } from '@/lib/db/client';
import { env } from '@/lib/env';
import { enrolmentPath } from '@/lib/routes';
import { addStaff, disableStaff, listStaff } from '@/lib/staff/accounts';
import { newStaffSchema, staffIdSchema } from '@/lib/staff/input';
import { OperatorError } from './errors';

/** `staff:*` commands of the operator CLI (scripts/admin.ts): the first admin comes from here. */

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The enrolment link to hand to the new staff member: single use, 24 hours. */
export async function addStaffFromCli(input: { name: string; role: string }) {
  const parsed = newStaffSchema.safeParse(input);
  if (!parsed.success) {
    const bad = parsed.error.issues[0]?.path[0];
    throw new OperatorError(
      bad === 'role'
        ? `--role must be admin or support (got "${input.role}")`
        : '--name must be 1 to 100 characters, without line breaks or control characters',
    );
  }
  const added = await withTransaction((tx) => addStaff(tx, parsed.data, 'operator:cli'));
  return {
    staffId: added.staffId,
    role: added.role,
    enrolUrl: new URL(enrolmentPath(added.token), env().publicOrigin).toString(),
    expiresAt: iso(added.expiresAt),
  };
}

export async function listStaffForCli() {
  return (await listStaff()).map((s) => ({
    staffId: s.staffId,
    name: s.name,
    role: s.role,
    disabled: s.disabledAt !== null,
    disabledAt: iso(s.disabledAt),
    createdAt: iso(s.createdAt),
    passkeys: s.passkeys,
    lastSignInAt: iso(s.lastSignInAt),
  }));
}

export async function disableStaffFromCli(id: string) {
  if (!staffIdSchema.safeParse(id).success) throw new OperatorError(`--id must be a staff id (a UUID from staff:list)`);
  const result = await withTransaction((tx) => disableStaff(tx, id, 'operator:cli'));
  if (!result.ok) {
    throw new OperatorError(
      result.reason === 'unknown' ? `no staff account with id ${id}` : `staff account ${id} is already disabled`,
    );
  }
  return { staffId: id, disabled: true, sessionsEnded: result.sessionsEnded };
}
