import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import type { DeviceChange } from '@/lib/db/schema';
import { deviceChange } from './journey';
import type { DeviceStep } from './store';

/** JSON endpoints of the device change: the kernel's jsonAction on the device-change journey. */
export function deviceEndpoint<S extends z.ZodType>(
  req: NextRequest,
  step: DeviceStep,
  schema: S,
  handler: (ctx: { change: DeviceChange; body: z.output<S>; ip: string | null }) => Promise<NextResponse>,
) {
  return deviceChange.jsonAction(req, step, schema, ({ row, body, ip }) => handler({ change: row, body, ip }));
}
