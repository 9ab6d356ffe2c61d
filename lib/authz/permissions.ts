import type { Principal, StaffPrincipal, StaffRole } from '@/lib/auth/principal';

/**
 * What staff may do, as one table (product.md §8): `support` looks up, reproduces and reads;
 * `admin` also acts on tickets, devices, applications and staff. Doctors hold no permission here:
 * what a doctor may do is decided by the journey they are in, not by this table.
 *
 * `satisfies Record<Permission, …>` makes a permission without an entry (or an entry without a
 * permission) a compile error, like the message catalogue's codes.
 */
export type Permission =
  | 'holders.read'
  | 'applications.read'
  | 'errors.reproduce'
  | 'audit.read'
  | 'audit.export'
  | 'tickets.issue'
  | 'tickets.expire'
  | 'credentials.revoke'
  | 'applications.decide'
  | 'staff.manage';

type Grant = { roles: readonly StaffRole[]; allows: string };

export const PERMISSIONS = {
  'holders.read': { roles: ['support', 'admin'], allows: 'holder lookup and a holder’s page' },
  'applications.read': { roles: ['support', 'admin'], allows: 're-issue applications, read only' },
  'errors.reproduce': { roles: ['support', 'admin'], allows: '再現する: sandbox holders and flows' },
  'audit.read': { roles: ['support', 'admin'], allows: 'the audit log, filtered and paged' },
  // A CSV of the whole log leaves the console: admins only.
  'audit.export': { roles: ['admin'], allows: 'the audit log as CSV' },
  'tickets.issue': { roles: ['admin'], allows: 'issue a QR ticket and print its card' },
  'tickets.expire': { roles: ['admin'], allows: 'expire a holder’s open tickets' },
  'credentials.revoke': { roles: ['admin'], allows: 'revoke a holder’s device' },
  'applications.decide': { roles: ['admin'], allows: 'accept or refuse a re-issue application' },
  'staff.manage': { roles: ['admin'], allows: 'add and disable staff accounts' },
} as const satisfies Record<Permission, Grant>;

export function can(principal: Principal | null, permission: Permission): boolean {
  if (principal?.kind !== 'staff') return false;
  const roles: readonly StaffRole[] = PERMISSIONS[permission].roles;
  return roles.includes(principal.role);
}

/**
 * Why a support request is refused. `staff.signin_required` (401): no staff session — a doctor's
 * ログイン session is not one, so a doctor is asked to sign in as staff like anyone else;
 * `staff.forbidden` (403): a staff member whose role lacks the permission.
 */
export type StaffRefusal =
  { ok: false; status: 401; code: 'staff.signin_required' } | { ok: false; status: 403; code: 'staff.forbidden' };
export type StaffDecision = { ok: true; principal: StaffPrincipal } | StaffRefusal;

/** The guard's decision, pure: unit-tested for anonymous, doctor, support and admin. */
export function decide(principal: Principal | null, permission: Permission): StaffDecision {
  if (principal?.kind !== 'staff') return { ok: false, status: 401, code: 'staff.signin_required' };
  if (!can(principal, permission)) return { ok: false, status: 403, code: 'staff.forbidden' };
  return { ok: true, principal };
}
