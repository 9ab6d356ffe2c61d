import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { LOGIN_ATTEMPT_COOKIE, loginOptions } from '@/lib/auth/passkey-login';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { newToken } from '@/lib/security/secrets';

/** ログイン: discoverable-credential options; the attempt is tied to this browser by a cookie. */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, z.object({}).strict(), async ({ ip }) => {
    if (!(await withinLimits([[RULES.passkeyLoginPerIp, ip]]))) throw new AppError('rate.limited');
    const attempt = newToken();
    const response = NextResponse.json({ ok: true, options: await loginOptions(attempt) });
    response.cookies.set(LOGIN_ATTEMPT_COOKIE, attempt, {
      httpOnly: true,
      sameSite: 'strict',
      secure: env().secureCookies,
      path: '/api/login',
      maxAge: 10 * 60,
    });
    return response;
  });
