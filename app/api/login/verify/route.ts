import type { NextRequest } from 'next/server';
import { verifyLogin } from '@/lib/auth/passkey-login';
import { loginVerifySchema } from '@/lib/auth/schemas';
import { readCookie } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { json } from '@/lib/http/responses';

export const POST = leanPost(path('loginVerify'), (req: NextRequest) =>
  jsonEndpoint(req, loginVerifySchema, async ({ body, ip }) =>
    json(
      await verifyLogin({
        attemptToken: readCookie(req.cookies, 'loginAttempt'),
        medicalRegistrationNumber: body.medicalRegistrationNumber,
        response: body.response,
        ip,
      }),
    ),
  ),
);
