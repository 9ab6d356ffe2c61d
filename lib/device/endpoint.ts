import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import type { DeviceChange } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { DEVICE_CHANGE_COOKIE, loadDeviceChange, type DeviceStep } from './store';

/** JSON endpoints of the device change: the change behind the cookie must be at `step`. */
export function deviceEndpoint<S extends z.ZodType>(
  req: NextRequest,
  step: DeviceStep,
  schema: S,
  handler: (ctx: { change: DeviceChange; body: z.output<S>; ip: string | null }) => Promise<NextResponse>,
) {
  return jsonEndpoint(req, schema, async ({ body, ip }) => {
    const change = await loadDeviceChange(req.cookies.get(DEVICE_CHANGE_COOKIE)?.value);
    if (!change || change.step !== step) throw new AppError('flow.back');
    return handler({ change, body, ip });
  });
}

export const DEVICE_PATH: Record<DeviceStep, string> = {
  signin: '/device',
  register: '/device/register',
  label: '/device/label',
  complete: '/device/complete',
};
