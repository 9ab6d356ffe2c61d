import { NextResponse, type NextRequest } from 'next/server';
import { LOGIN_ATTEMPT_COOKIE, verifyLogin } from '@/lib/auth/passkey-login';
import { loginVerifySchema } from '@/lib/auth/schemas';
import { jsonEndpoint } from '@/lib/http/json-endpoint';

export const POST = (req: NextRequest) =>
  jsonEndpoint(req, loginVerifySchema, async ({ body, ip }) =>
    NextResponse.json(
      await verifyLogin({
        attemptToken: req.cookies.get(LOGIN_ATTEMPT_COOKIE)?.value,
        medicalRegistrationNumber: body.medicalRegistrationNumber,
        response: body.response,
        ip,
      }),
    ),
  );
