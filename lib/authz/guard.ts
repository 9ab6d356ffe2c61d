import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { currentStaff } from '@/lib/auth/staff-session';
import { jsonFailure } from '@/lib/http/responses';
import { decide, type Permission, type StaffDecision, type StaffRefusal } from './permissions';
import type { StaffPrincipal } from '@/lib/auth/principal';

/** Where a page sends a visitor without a staff session (built by issue 8). */
export const STAFF_SIGN_IN_PATH = '/support/login';

/**
 * The one guard of the support console: call it at the top of EVERY support page and route
 * handler — a layout guard does not run for route handlers (nor reliably on client navigation).
 * Answers the staff principal, or a typed refusal for the caller to turn into its answer.
 *
 * Today it always refuses with 401: `currentStaff()` has no staff sessions to read yet (issue 8).
 */
export async function requireStaff(permission: Permission): Promise<StaffDecision> {
  return decide(await currentStaff(), permission);
}

/** A route handler's answer to a refusal: 401 / 403 JSON `{ ok: false, code }`. */
export function refusalResponse(refusal: StaffRefusal) {
  return jsonFailure(refusal.code, refusal.status);
}

/**
 * For pages: the staff principal, or never returns — no staff session → redirect to the staff
 * sign-in page; a role without the permission → Next's `forbidden()` (HTTP 403).
 */
export async function requireStaffPage(permission: Permission): Promise<StaffPrincipal> {
  const access = await requireStaff(permission);
  if (access.ok) return access.principal;
  if (access.status === 401) redirect(STAFF_SIGN_IN_PATH);
  forbidden();
}
