import type { NextRequest } from 'next/server';
import { emptySchema } from '@/lib/binding/schemas';
import { startDeviceChange } from '@/lib/device/change';
import { deviceChange } from '@/lib/device/journey';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { json } from '@/lib/http/responses';

/** 登録してあるスマートフォンを変更: each visit starts a fresh change and its sign-in options. */
export const POST = leanPost(path('deviceSignInOptions'), (req: NextRequest) =>
  jsonEndpoint(req, emptySchema, async ({ ip }) => {
    const { token, options } = await startDeviceChange(ip);
    return deviceChange.setCookie(json({ ok: true, options }), token);
  }),
);
