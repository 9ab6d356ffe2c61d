import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import type { Flow } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { readCookie } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { access, STEP_PATH, type Step } from './machine';
import { loadFlow, toView } from './store';

export type JsonContext<T> = { flow: Flow; body: T; ip: string | null; req: NextRequest };

/**
 * The JSON twin of flowAction for the passkey ceremony endpoints: the flow must be at `step`
 * (otherwise the page is told why — `flow.back`, `flow.expired`, `flow.finished` … — and where to go).
 */
export async function jsonAction<S extends z.ZodType>(
  req: NextRequest,
  step: Step,
  schema: S,
  handler: (ctx: JsonContext<z.output<S>>) => Promise<NextResponse>,
): Promise<NextResponse> {
  return jsonEndpoint(req, schema, async ({ body, ip }) => {
    const flow = await loadFlow(readCookie(req.cookies, 'flow'));
    const decision = access(flow ? toView(flow) : null, step, Date.now());
    if (!flow || decision.kind !== 'render') {
      throw new AppError(decision.kind === 'interrupt' ? decision.code : 'flow.back', {
        params: { next: STEP_PATH[step] },
      });
    }
    return handler({ flow, body, ip, req });
  });
}
