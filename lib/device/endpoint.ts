import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import type { DeviceChange } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { readCookie } from '@/lib/http/cookies';
import { path } from '@/lib/routes';
import { loadDeviceChange, type DeviceStep } from './store';

/** JSON endpoints of the device change: the change behind the cookie must be at `step`. */
export function deviceEndpoint<S extends z.ZodType>(
  req: NextRequest,
  step: DeviceStep,
  schema: S,
  handler: (ctx: { change: DeviceChange; body: z.output<S>; ip: string | null }) => Promise<NextResponse>,
) {
  return jsonEndpoint(req, schema, async ({ body, ip }) => {
    const change = await loadDeviceChange(readCookie(req.cookies, 'deviceChange'));
    if (!change || change.step !== step) throw new AppError('flow.back');
    return handler({ change, body, ip });
  });
}

export const DEVICE_PATH: Record<DeviceStep, string> = {
  signin: path('device'),
  register: path('deviceRegister'),
  label: path('deviceLabel'),
  complete: path('deviceComplete'),
};
