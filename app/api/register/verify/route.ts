import type { NextRequest } from 'next/server';
import { setCookie } from '@/lib/http/cookies';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { completeRegistration } from '@/lib/binding/register';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { registration } from '@/lib/flow/journey';
import { STEP_PATH } from '@/lib/steps/registration';
import { json } from '@/lib/http/responses';

/** Also served on the lean path of scripts/start.ts (lib/http/lean-routes.ts). */
export const POST = leanPost(path('registerVerify'), (req: NextRequest) =>
  registration.jsonAction(req, 'register', ceremonyResultSchema, async ({ row: flow, body, ip }) => {
    const { credentialId, next } = await completeRegistration(
      { flow, ip },
      body.response,
      req.headers.get('user-agent'),
    );
    const response = json({ ok: true, next: STEP_PATH[next], marker: credentialId });
    setCookie(response, 'deviceMarker', credentialId);
    return response;
  }),
);
