import { NextResponse, type NextRequest } from 'next/server';
import { setCookie } from '@/lib/http/cookies';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { registerNewPhone } from '@/lib/device/change';
import { deviceEndpoint } from '@/lib/device/endpoint';
import { DEVICE_PATH } from '@/lib/device/journey';

export const POST = (req: NextRequest) =>
  deviceEndpoint(req, 'register', ceremonyResultSchema, async ({ change, body, ip }) => {
    const { credentialId, next } = await registerNewPhone({ change, ip }, body.response, req.headers.get('user-agent'));
    const response = NextResponse.json({ ok: true, next: DEVICE_PATH[next], marker: credentialId });
    setCookie(response, 'deviceMarker', credentialId);
    return response;
  });
