import type { NextRequest } from 'next/server';
import { staffSignInOptions } from '@/lib/auth/staff-passkeys';
import { ceremonyOptionsSchema } from '@/lib/auth/staff-schemas';
import { setCookie } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { newToken } from '@/lib/security/secrets';

/** Staff sign-in, discoverable: options, with the attempt tied to this browser by a cookie. */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, ceremonyOptionsSchema, async ({ ip }) => {
    const attempt = newToken();
    const result = await staffSignInOptions(attempt, ip);
    if (!result.ok) return jsonFailure(result.code);
    const response = json({ ok: true, options: result.options });
    setCookie(response, 'staffSignIn', attempt);
    return response;
  });
