import { NextResponse, type NextRequest } from 'next/server';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { verifyOldPhone } from '@/lib/device/change';
import { deviceEndpoint } from '@/lib/device/endpoint';
import { DEVICE_PATH } from '@/lib/device/journey';

export const POST = (req: NextRequest) =>
  deviceEndpoint(req, 'signin', ceremonyResultSchema, async ({ change, body, ip }) => {
    const { next } = await verifyOldPhone({ change, ip }, body.response);
    return NextResponse.json({ ok: true, next: DEVICE_PATH[next] });
  });
