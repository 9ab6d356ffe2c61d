import 'server-only';
import type { StaffPrincipal } from './principal';

/**
 * The signed-in staff member, or null.
 *
 * Staff sessions DO NOT EXIST YET: staff accounts, staff passkeys and their session (8 h, 30 min
 * idle) are built by the support-console issue (issue 8). Until then this seam always answers
 * "no staff session", so every `requireStaff` guard refuses with 401 / the sign-in page. It is
 * deliberately not backed by any fake login; issue 8 replaces the body, not the signature.
 */
export async function currentStaff(): Promise<StaffPrincipal | null> {
  return null;
}
