import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import type { Flow } from '@/lib/db/schema';
import { registration } from './journey';
import type { Step } from './machine';

export type JsonContext<T> = { flow: Flow; body: T; ip: string | null; req: NextRequest };

/**
 * The JSON twin of flowAction for the passkey ceremony endpoints: the kernel's jsonAction on the
 * registration journey (the flow must be at `step`, else `flow.back`, `flow.expired`, …).
 */
export function jsonAction<S extends z.ZodType>(
  req: NextRequest,
  step: Step,
  schema: S,
  handler: (ctx: JsonContext<z.output<S>>) => Promise<NextResponse>,
): Promise<NextResponse> {
  return registration.jsonAction(req, step, schema, ({ row, ...rest }) => handler({ flow: row, ...rest }));
}
