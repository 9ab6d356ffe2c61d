import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { currentStaff, currentStaffSession } from '@/lib/auth/staff-session';
import { jsonFailure } from '@/lib/http/responses';
import { path } from '@/lib/routes';
import { isFresh } from '@/lib/staff/policy';
import type { LiveSession } from '@/lib/staff/sessions';
import { decide, type Permission, type StaffDecision, type StaffRefusal } from './permissions';
import type { StaffPrincipal } from '@/lib/auth/principal';

/** Where a page sends a visitor without a staff session. */
export const STAFF_SIGN_IN_PATH = path('supportLogin');

/**
 * The one guard of the support console: call it at the top of EVERY support page and route
 * handler — a layout guard does not run for route handlers (nor reliably on client navigation).
 * Answers the staff principal, or a typed refusal for the caller to turn into its answer.
 */
export async function requireStaff(permission: Permission): Promise<StaffDecision> {
  return decide(await currentStaff(), permission);
}

/** A route handler's answer to a refusal: 401 / 403 JSON `{ ok: false, code }`. */
export function refusalResponse(refusal: StaffRefusal | StaleRefusal) {
  return jsonFailure(refusal.code, refusal.status);
}

/**
 * The session is valid but its last passkey verification is older than 5 minutes. Answered 200
 * `{ ok: false, code }` like any outcome the page handles itself (lib/http/json-endpoint.ts): the
 * console re-authenticates in place and sends the action again.
 */
export type StaleRefusal = { ok: false; status: 200; code: 'staff.reauthRequired' };

/**
 * For admin actions (issue 8: "a sign-in no older than 5 minutes"): `requireStaff`, and then the
 * session's last passkey verification must be fresh; a stale one is refused with
 * `staff.reauthRequired`, which the console answers by re-authenticating in place and retrying.
 */
export async function requireFreshStaff(
  permission: Permission,
  now = Date.now(),
): Promise<{ ok: true; principal: StaffPrincipal; session: LiveSession } | StaffRefusal | StaleRefusal> {
  const access = await requireStaff(permission);
  if (!access.ok) return access;
  const session = await currentStaffSession();
  if (!session) return { ok: false, status: 401, code: 'staff.signin_required' };
  if (!isFresh(session.authenticatedAt, now)) return { ok: false, status: 200, code: 'staff.reauthRequired' };
  return { ok: true, principal: access.principal, session };
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
