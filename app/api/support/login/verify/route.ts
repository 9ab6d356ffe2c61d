import type { NextRequest } from 'next/server';
import { verifyStaffSignIn } from '@/lib/auth/staff-passkeys';
import { ceremonyVerifySchema } from '@/lib/auth/staff-schemas';
import { deleteCookie, readCookie, setCookie } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { path } from '@/lib/routes';

export const POST = (req: NextRequest) =>
  jsonEndpoint(req, ceremonyVerifySchema, async ({ body, ip }) => {
    const result = await verifyStaffSignIn({
      attemptToken: readCookie(req.cookies, 'staffSignIn'),
      response: body.response,
      ip,
    });
    if (!result.ok) return jsonFailure(result.code);
    const response = json({ ok: true, next: path('support') });
    setCookie(response, 'staffSession', result.sessionToken);
    deleteCookie(response, 'staffSignIn');
    return response;
  });
