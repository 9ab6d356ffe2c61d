import type { NextRequest } from 'next/server';
import { actorOf } from '@/lib/auth/principal';
import { refusalResponse, requireStaff } from '@/lib/authz/guard';
import { BadRequest, readForm } from '@/lib/http/body';
import { deleteCookie, setCookie } from '@/lib/http/cookies';
import { forbidden, seeOther, unavailable } from '@/lib/http/responses';
import { log } from '@/lib/log';
import { isErrorCode } from '@/lib/messages';
import { path } from '@/lib/routes';
import { reproduce } from '@/lib/sandbox/reproduce';
import { isSameOrigin } from '@/lib/security/origin';

/**
 * 【再現する】 (a plain form post from /support/errors, opening a new tab): builds the sandbox for
 * the entry's code and opens the doctor's screen with the sandbox's journey cookie. An unknown
 * code goes back to the list with a message and creates nothing.
 */
export async function POST(req: NextRequest) {
  if (!isSameOrigin(req.headers)) return forbidden();
  const access = await requireStaff('errors.reproduce');
  if (!access.ok) return refusalResponse(access);
  let code: string | null = null;
  try {
    try {
      code = (await readForm(req)).get('code');
    } catch (err) {
      if (!(err instanceof BadRequest)) throw err;
    }
    if (!code || !isErrorCode(code)) return seeOther(`${path('supportErrors')}?notice=staff.unknownErrorCode`);
    const made = await reproduce(code, actorOf(access.principal));
    const response = seeOther(made.open);
    setCookie(response, made.cookie, made.token);
    deleteCookie(response, made.other);
    return response;
  } catch (err) {
    log.error('sandbox.reproduce.failed', { code, error: err });
    return unavailable();
  }
}
