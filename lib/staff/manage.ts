import 'server-only';
import { withTransaction } from '@/lib/db/client';
import type { StaffRole } from '@/lib/db/schema';
import type { AuditActor } from '@/lib/audit';
import { addStaff, disableStaff } from './accounts';
import { newStaffSchema, staffIdSchema } from './input';

/**
 * Adding and disabling staff accounts, each one transaction with its audit event: what the
 * console's admin actions and the operator CLI (`staff:add`, `staff:disable`) both call. Bad input
 * is a refusal value and writes nothing.
 */

export type AddRefusal = 'staff.nameInvalid' | 'request.invalid';
export type AddStaffResult =
  | { ok: true; staffId: string; name: string; role: StaffRole; token: string; expiresAt: number }
  | { ok: false; code: AddRefusal; field: 'name' | 'role' };

export async function addStaffMember(
  input: { name: string; role: string },
  actor: AuditActor,
  now = Date.now(),
): Promise<AddStaffResult> {
  const parsed = newStaffSchema.safeParse(input);
  if (!parsed.success) {
    const role = parsed.error.issues.some((issue) => issue.path[0] === 'role');
    return role
      ? { ok: false, code: 'request.invalid', field: 'role' }
      : { ok: false, code: 'staff.nameInvalid', field: 'name' };
  }
  const added = await withTransaction((tx) => addStaff(tx, parsed.data, actor, now));
  return { ok: true, ...added };
}

export type DisableRefusal = 'staff.unknownAccount' | 'staff.alreadyDisabled' | 'staff.cannotDisableSelf';
export type DisableStaffResult = { ok: true; sessionsEnded: number } | { ok: false; code: DisableRefusal };

/** `actor` 'staff:<id>' may not disable its own account (the console would lock its last admin out). */
export async function disableStaffMember(
  staffId: string,
  actor: AuditActor,
  now = Date.now(),
): Promise<DisableStaffResult> {
  if (!staffIdSchema.safeParse(staffId).success) return { ok: false, code: 'staff.unknownAccount' };
  if (actor === `staff:${staffId}`) return { ok: false, code: 'staff.cannotDisableSelf' };
  const result = await withTransaction((tx) => disableStaff(tx, staffId, actor, now));
  if (result.ok) return result;
  return { ok: false, code: result.reason === 'unknown' ? 'staff.unknownAccount' : 'staff.alreadyDisabled' };
}
