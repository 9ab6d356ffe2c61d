import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { z } from 'zod';
import type { Flow } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { BadRequest, readJson } from '@/lib/http/body';
import { clientIp } from '@/lib/http/client-ip';
import { log } from '@/lib/security/log';
import { isSameOrigin } from '@/lib/security/origin';
import { access, STEP_PATH, type Step } from './machine';
import { FLOW_COOKIE, loadFlow, toView } from './store';

export type JsonContext<T> = { flow: Flow; body: T; ip: string | null; req: NextRequest };
export type JsonFailure = { ok: false; code: string; params?: Record<string, string | number>; next?: string };

function fail(code: string, status: number, extra: Partial<JsonFailure> = {}) {
  return NextResponse.json({ ok: false, code, ...extra } satisfies JsonFailure, { status });
}

/**
 * Outcomes the doctor can meet (a refused ceremony, Back pressed, a rate limit) answer 200 with
 * `ok: false` and a catalogue code: they are results for our page to show, not transport errors.
 * Malformed or cross-origin requests, which our page never sends, get 400/403.
 *
 * The JSON twin of flowAction for the passkey ceremony endpoints: same origin and step checks,
 * a zod-validated body, AppError → catalogue code, anything unexpected → server.unavailable.
 */
export async function jsonAction<S extends z.ZodType>(
  req: NextRequest,
  step: Step,
  schema: S,
  handler: (ctx: JsonContext<z.output<S>>) => Promise<NextResponse>,
): Promise<NextResponse> {
  if (!isSameOrigin(req.headers)) return fail('request.forbidden', 403);
  try {
    const flow = await loadFlow(req.cookies.get(FLOW_COOKIE)?.value);
    const decision = access(flow ? toView(flow) : null, step, Date.now());
    if (!flow || decision.kind !== 'render') {
      const code = decision.kind === 'interrupt' ? decision.code : 'flow.back';
      return fail(code, 200, { next: STEP_PATH[step] });
    }
    const body = await readJson(req, schema);
    return await handler({ flow, body, ip: clientIp(req.headers), req });
  } catch (err) {
    if (err instanceof BadRequest) return fail('request.invalid', 400);
    if (err instanceof AppError) {
      log.info('flow.json.refused', { step, code: err.code, cause: err.cause });
      return fail(err.code, 200, { params: err.params });
    }
    log.error('flow.json.failed', { step, error: err });
    return fail('server.unavailable', 503);
  }
}
