import type { NextRequest } from 'next/server';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { verifyOldPhone } from '@/lib/device/change';
import { deviceChange } from '@/lib/device/journey';
import { DEVICE_PATH } from '@/lib/steps/device-change';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { json } from '@/lib/http/responses';

export const POST = leanPost(path('deviceSignInVerify'), (req: NextRequest) =>
  deviceChange.jsonAction(req, 'signin', ceremonyResultSchema, async ({ row: change, body, ip }) => {
    const { next } = await verifyOldPhone({ change, ip }, body.response);
    return json({ ok: true, next: DEVICE_PATH[next] });
  }),
);
