import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { loginOptions } from '@/lib/auth/passkey-login';
import { AppError } from '@/lib/errors';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { setCookie } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { newToken } from '@/lib/security/secrets';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { json } from '@/lib/http/responses';

/** ログイン: discoverable-credential options; the attempt is tied to this browser by a cookie. */
export const POST = leanPost(path('loginOptions'), (req: NextRequest) =>
  jsonEndpoint(req, z.object({}).strict(), async ({ ip }) => {
    if (!(await withinLimits([[RULES.passkeyLoginPerIp, ip]]))) throw new AppError('rate.limited');
    const attempt = newToken();
    const response = json({ ok: true, options: await loginOptions(attempt) });
    setCookie(response, 'loginAttempt', attempt);
    return response;
  }),
);
