import type { NextRequest } from 'next/server';
import { signOutStaff } from '@/lib/auth/staff-sign-out';
import { deleteCookie, readCookie } from '@/lib/http/cookies';
import { clientIp } from '@/lib/http/client-ip';
import { forbidden, seeOther, unavailable } from '@/lib/http/responses';
import { log } from '@/lib/log';
import { path } from '@/lib/routes';
import { isSameOrigin } from '@/lib/security/origin';

/**
 * 【サインアウト】 (a plain form post): ends the session row and the cookie, then the sign-in page.
 * Without a session there is nothing to end, so it has no `requireStaff`: it always signs out.
 */
export async function POST(req: NextRequest) {
  if (!isSameOrigin(req.headers)) return forbidden();
  try {
    await signOutStaff(readCookie(req.cookies, 'staffSession'), clientIp(req.headers));
  } catch (err) {
    log.error('staff.signout.failed', { error: err });
    return unavailable();
  }
  const response = seeOther(path('supportLogin'));
  deleteCookie(response, 'staffSession');
  return response;
}
