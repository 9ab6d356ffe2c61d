import type { NextRequest } from 'next/server';
import { completeEnrolment } from '@/lib/auth/staff-passkeys';
import { enrolVerifySchema } from '@/lib/auth/staff-schemas';
import { setCookie } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { path } from '@/lib/routes';

/** Stores the staff passkey, uses the link up and signs the new staff member in (one transaction). */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, enrolVerifySchema, async ({ body, ip }) => {
    const result = await completeEnrolment({ token: body.token, response: body.response, ip });
    if (!result.ok) return jsonFailure(result.code);
    const response = json({ ok: true, next: path('support') });
    setCookie(response, 'staffSession', result.sessionToken);
    return response;
  });
