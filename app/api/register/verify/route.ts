import { NextResponse, type NextRequest } from 'next/server';
import { setCookie } from '@/lib/http/cookies';
import { completeRegistration } from '@/lib/binding/register';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { registration } from '@/lib/flow/journey';
import { STEP_PATH } from '@/lib/steps/registration';

export const POST = (req: NextRequest) =>
  registration.jsonAction(req, 'register', ceremonyResultSchema, async ({ row: flow, body, ip }) => {
    const { credentialId, next } = await completeRegistration(
      { flow, ip },
      body.response,
      req.headers.get('user-agent'),
    );
    const response = NextResponse.json({ ok: true, next: STEP_PATH[next], marker: credentialId });
    setCookie(response, 'deviceMarker', credentialId);
    return response;
  });
