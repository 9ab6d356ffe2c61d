import 'server-only';
import { withTransaction } from '@/lib/db/client';
import { env } from '@/lib/env';
import { enrolmentPath } from '@/lib/routes';
import { listStaff } from '@/lib/staff/accounts';
import { ageSession } from '@/lib/staff/sessions';
import { addStaffMember, disableStaffMember } from '@/lib/staff/manage';
import { OperatorError } from './errors';

/** `staff:*` commands of the operator CLI (scripts/admin.ts): the first admin comes from here. */

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The enrolment link to hand to the new staff member: single use, 24 hours. */
export async function addStaffFromCli(input: { name: string; role: string }) {
  const added = await addStaffMember(input, 'operator:cli');
  if (!added.ok) {
    throw new OperatorError(
      added.field === 'role'
        ? `--role must be admin or support (got "${input.role}")`
        : '--name must be 1 to 100 characters, without line breaks or control characters',
    );
  }
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

const DISABLE_REFUSAL = {
  'staff.unknownAccount': (id: string) => `no staff account with id ${id} (see staff:list)`,
  'staff.alreadyDisabled': (id: string) => `staff account ${id} is already disabled`,
  'staff.cannotDisableSelf': (id: string) => `staff account ${id} cannot disable itself`,
} as const;

export async function disableStaffFromCli(id: string) {
  const result = await disableStaffMember(id, 'operator:cli');
  if (!result.ok) throw new OperatorError(DISABLE_REFUSAL[result.code](id));
  return { staffId: id, disabled: true, sessionsEnded: result.sessionsEnded };
}

/** Support and tests: make a staff session look `minutes` older (re-authentication, idle, 8 h). */
export async function ageStaffSession(token: string, minutes: number) {
  if (!(await withTransaction((tx) => ageSession(tx, token, minutes)))) {
    throw new OperatorError('no open staff session for that cookie value');
  }
  return { agedMinutes: minutes };
}
