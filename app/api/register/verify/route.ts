import { NextResponse, type NextRequest } from 'next/server';
import { setCookie } from '@/lib/http/cookies';
import { completeRegistration } from '@/lib/binding/register';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { jsonAction } from '@/lib/flow/json-action';
import { STEP_PATH } from '@/lib/flow/machine';

export const POST = (req: NextRequest) =>
  jsonAction(req, 'register', ceremonyResultSchema, async (ctx) => {
    const { credentialId, next } = await completeRegistration(ctx, ctx.body.response, req.headers.get('user-agent'));
    const response = NextResponse.json({ ok: true, next: STEP_PATH[next], marker: credentialId });
    setCookie(response, 'deviceMarker', credentialId);
    return response;
  });
