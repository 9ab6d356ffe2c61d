import { NextResponse, type NextRequest } from 'next/server';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { verifyOldPhone } from '@/lib/device/change';
import { deviceChange } from '@/lib/device/journey';
import { DEVICE_PATH } from '@/lib/steps/device-change';

export const POST = (req: NextRequest) =>
  deviceChange.jsonAction(req, 'signin', ceremonyResultSchema, async ({ row: change, body, ip }) => {
    const { next } = await verifyOldPhone({ change, ip }, body.response);
    return NextResponse.json({ ok: true, next: DEVICE_PATH[next] });
  });
