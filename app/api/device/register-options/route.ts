import type { NextRequest } from 'next/server';
import { markerIds } from '@/lib/binding/device-marker';
import { readCookie } from '@/lib/http/cookies';
import { optionsRequestSchema } from '@/lib/binding/schemas';
import { newPhoneOptions } from '@/lib/device/change';
import { deviceChange } from '@/lib/device/journey';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { json } from '@/lib/http/responses';

export const POST = leanPost(path('deviceRegisterOptions'), (req: NextRequest) =>
  deviceChange.jsonAction(req, 'register', optionsRequestSchema, async ({ row: change, body, ip }) => {
    const markers = markerIds(readCookie(req.cookies, 'deviceMarker'), body.marker);
    return json({ ok: true, options: await newPhoneOptions({ change, ip }, markers) });
  }),
);
