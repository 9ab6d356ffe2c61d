import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { readCookie } from '@/lib/http/cookies';
import { liveSession, type LiveSession } from '@/lib/staff/sessions';
import type { StaffPrincipal } from './principal';

/**
 * The staff session of this request (issue 8 part 1): the `staffSession` cookie's token names a
 * server-side row (lib/staff/sessions.ts) that is checked on every request — ended, older than
 * 8 hours, idle for 30 minutes or of a disabled account means no session. Not next-auth: see
 * docs/decisions/0017-staff-accounts-and-sessions.md. One lookup per request (React `cache`).
 */
export const currentStaffSession = cache(async (): Promise<LiveSession | null> => {
  const token = readCookie(await cookies(), 'staffSession');
  return token ? liveSession(token) : null;
});

/** The signed-in staff member, or null. */
export async function currentStaff(): Promise<StaffPrincipal | null> {
  const session = await currentStaffSession();
  return session ? { kind: 'staff', staffId: session.staffId, role: session.role } : null;
}
