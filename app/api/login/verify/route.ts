import { NextResponse, type NextRequest } from 'next/server';
import { verifyLogin } from '@/lib/auth/passkey-login';
import { loginVerifySchema } from '@/lib/auth/schemas';
import { readCookie } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';

export const POST = (req: NextRequest) =>
  jsonEndpoint(req, loginVerifySchema, async ({ body, ip }) =>
    NextResponse.json(
      await verifyLogin({
        attemptToken: readCookie(req.cookies, 'loginAttempt'),
        medicalRegistrationNumber: body.medicalRegistrationNumber,
        response: body.response,
        ip,
      }),
    ),
  );
