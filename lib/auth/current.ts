import 'server-only';
import { getServerSession } from 'next-auth';
import type { Principal } from './principal';
import { authOptions } from './options';
import { doctorPrincipal } from './session-policy';
import { currentStaff } from './staff-session';

/** The doctor of this request's ログイン session (at most 18 h old), with its passkey, or null. */
export async function currentDoctor(now = Date.now()) {
  return doctorPrincipal(await getServerSession(authOptions()), now);
}

/**
 * Who is asking, or null. A staff session (`currentStaff`, lib/auth/staff-session.ts) is asked first, so a
 * staff member testing on the doctor's pages is still recorded as staff. Support pages and route
 * handlers do not use this: they call `requireStaff(permission)` (lib/authz/guard.ts).
 */
export async function currentPrincipal(now = Date.now()): Promise<Principal | null> {
  return (await currentStaff()) ?? (await currentDoctor(now))?.principal ?? null;
}
