import type { NextRequest } from 'next/server';
import { markerIds } from '@/lib/binding/device-marker';
import { readCookie } from '@/lib/http/cookies';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { registrationOptions } from '@/lib/binding/register';
import { optionsRequestSchema } from '@/lib/binding/schemas';
import { registration } from '@/lib/flow/journey';
import { json } from '@/lib/http/responses';

/**
 * Creation options for 【登録】, fetched before the tap (iOS needs the ceremony first in the click).
 * Also served on the lean path of scripts/start.ts (lib/http/lean-routes.ts).
 */
export const POST = leanPost(path('registerOptions'), (req: NextRequest) =>
  registration.jsonAction(req, 'register', optionsRequestSchema, async ({ row: flow, body, ip }) => {
    const markers = markerIds(readCookie(req.cookies, 'deviceMarker'), body.marker);
    return json({ ok: true, options: await registrationOptions({ flow, ip }, markers) });
  }),
);
