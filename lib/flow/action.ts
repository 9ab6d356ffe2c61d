import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { withTransaction } from '@/lib/db/client';
import type { Flow } from '@/lib/db/schema';
import { clientIp } from '@/lib/http/client-ip';
import { BadRequest, readForm } from '@/lib/http/body';
import { forbidden, seeOther, unavailable } from '@/lib/http/responses';
import { log } from '@/lib/log';
import { isSameOrigin } from '@/lib/security/origin';
import { STEP_PATH, access, transition, type FlowEvent, type Step } from './machine';
import { registration } from './journey';
import type { Notice } from './notice';
import { toView, updateFlow, type FlowPatch } from './store';

export type ActionContext = { flow: Flow; form: URLSearchParams; ip: string | null; req: NextRequest };
export type ActionResult = { event: FlowEvent; patch?: Omit<FlowPatch, 'step' | 'notice'> } | { notice: Notice };

/**
 * One path for every step form (plain HTML POST → 303): origin check, the flow must be at `step`,
 * the handler decides an event or a notice, and the flow row moves only if it is still at `step`.
 * Whatever happens, the doctor lands on a page that explains it; nothing answers 500. A step that
 * can also be used without a flow (QR entry) says how with `withoutFlow`.
 */
export async function flowAction(
  req: NextRequest,
  step: Step,
  handler: (ctx: ActionContext) => Promise<ActionResult>,
  withoutFlow?: (req: NextRequest) => Promise<NextResponse>,
): Promise<NextResponse> {
  if (!isSameOrigin(req.headers)) return forbidden();
  try {
    const flow = await registration.current(req.cookies);
    if (!flow) return withoutFlow ? await withoutFlow(req) : seeOther(STEP_PATH[step]);
    const decision = access(toView(flow), step, Date.now());
    // Already moved on (a double tap, a second tab): show where the doctor is, not "Back pressed".
    if (decision.kind === 'interrupt' && decision.code !== 'flow.expired')
      return seeOther(STEP_PATH[toView(flow).step]);
    if (decision.kind !== 'render') return seeOther(STEP_PATH[step]);

    let result: ActionResult;
    try {
      result = await handler({ flow, form: await readForm(req), ip: clientIp(req.headers), req });
    } catch (err) {
      if (!(err instanceof BadRequest)) throw err;
      result = { notice: { code: 'request.invalid' } };
    }
    if ('notice' in result) {
      await withTransaction((tx) => updateFlow(tx, flow.id, step, { notice: result.notice }));
      return seeOther(STEP_PATH[step]);
    }
    const next = transition(toView(flow), result.event);
    if (!next) return seeOther(STEP_PATH[step]);
    const moved = await withTransaction((tx) =>
      updateFlow(tx, flow.id, step, { ...result.patch, step: next, notice: null }),
    );
    if (moved) return seeOther(STEP_PATH[next]);
    const now = await registration.current(req.cookies);
    return seeOther(STEP_PATH[now ? toView(now).step : step]);
  } catch (err) {
    log.error('flow.action.failed', { step, error: err });
    return unavailable();
  }
}
