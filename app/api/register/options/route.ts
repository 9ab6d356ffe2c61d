import { NextResponse, type NextRequest } from 'next/server';
import { markerIds } from '@/lib/binding/device-marker';
import { readCookie } from '@/lib/http/cookies';
import { registrationOptions } from '@/lib/binding/register';
import { optionsRequestSchema } from '@/lib/binding/schemas';
import { jsonAction } from '@/lib/flow/json-action';

/** Creation options for 【登録】, fetched before the tap (iOS needs the ceremony first in the click). */
export const POST = (req: NextRequest) =>
  jsonAction(req, 'register', optionsRequestSchema, async (ctx) => {
    const markers = markerIds(readCookie(req.cookies, 'deviceMarker'), ctx.body.marker);
    return NextResponse.json({ ok: true, options: await registrationOptions(ctx, markers) });
  });
