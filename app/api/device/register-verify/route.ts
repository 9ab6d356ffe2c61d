import type { NextRequest } from 'next/server';
import { setCookie } from '@/lib/http/cookies';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { registerNewPhone } from '@/lib/device/change';
import { deviceChange } from '@/lib/device/journey';
import { DEVICE_PATH } from '@/lib/steps/device-change';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { json } from '@/lib/http/responses';

export const POST = leanPost(path('deviceRegisterVerify'), (req: NextRequest) =>
  deviceChange.jsonAction(req, 'register', ceremonyResultSchema, async ({ row: change, body, ip }) => {
    const { credentialId, next } = await registerNewPhone({ change, ip }, body.response, req.headers.get('user-agent'));
    const response = json({ ok: true, next: DEVICE_PATH[next], marker: credentialId });
    setCookie(response, 'deviceMarker', credentialId);
    return response;
  }),
);
