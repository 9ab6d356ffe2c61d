import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { withTransaction } from '@/lib/db/client';
import { clientIp } from '@/lib/http/client-ip';
import { audit, type AuditEvent } from '@/lib/audit';
import { log } from '@/lib/log';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { isSameOrigin } from '@/lib/security/origin';
import { BadRequest, readForm } from '@/lib/http/body';
import { deleteCookie, setCookie } from '@/lib/http/cookies';
import { forbidden, seeOther, unavailable } from '@/lib/http/responses';
import { z } from 'zod';
import { STEP_PATH, access, hasEnded, transition } from '@/lib/steps/registration';
import { registration } from './journey';
import { stepWithNotice } from './notice';
import { TERMS_VERSION, createFlow, deleteFlow, toView, updateFlow } from './store';

/**
 * 【同意する】: agrees to the terms for the flow at the terms step (a deep-linked ticket waits
 * there), or starts a new flow when there is none or the old one has ended or expired.
 */
export async function agreeToTerms(req: NextRequest): Promise<NextResponse> {
  if (!isSameOrigin(req.headers)) return forbidden();
  try {
    let agreed = false;
    try {
      agreed = (await readForm(req)).get('agree') === 'yes';
    } catch (err) {
      if (!(err instanceof BadRequest)) throw err;
    }
    if (!agreed) return seeOther(STEP_PATH.terms);
    const now = Date.now();
    const flow = await registration.current(req.cookies);
    const view = flow ? toView(flow) : null;
    const decision = access(view, 'terms', now);
    if (decision.kind !== 'render') return seeOther(STEP_PATH.terms);
    const agreement = {
      type: 'terms.agreed',
      outcome: 'ok' as const,
      ip: clientIp(req.headers),
      detail: { termsVersion: TERMS_VERSION },
    } satisfies AuditEvent<'terms.agreed'>;
    if (flow && view && view.step === 'terms') {
      const next = transition(view, 'termsAgreed') ?? 'start';
      await withTransaction(async (tx) => {
        await updateFlow(tx, flow.id, 'terms', { step: next, termsAgreedAt: now, notice: null }, now);
        await audit(tx, { ...agreement, holderId: flow.holder_id, ticketId: flow.ticket_id }, now);
      });
      return seeOther(STEP_PATH[next]);
    }
    // A fresh visit makes a row: limited per address, and over the limit nothing is stored.
    if (!(await withinLimits([[RULES.flowCreationPerIp, agreement.ip]]))) {
      return seeOther(stepWithNotice('terms', 'rate.limited'));
    }
    const created = await withTransaction(async (tx) => {
      const c = await createFlow(tx, { step: 'start' }, now);
      await updateFlow(tx, c.id, 'start', { termsAgreedAt: now }, now);
      await audit(tx, agreement, now);
      return c;
    });
    const response = seeOther(STEP_PATH.start);
    setCookie(response, 'flow', created.token);
    return response;
  } catch (err) {
    log.error('flow.terms.failed', { error: err });
    return unavailable();
  }
}

/**
 * 【初回登録の方はこちら】. After a flow has ended (registration finished, or idle too long) the start
 * page offers it again: a new flow at QR entry replaces the ended one and keeps its agreement to
 * the current terms as it was recorded (version and time; no new `terms.agreed`, since nothing
 * was agreed now). Replacing, not adding, keeps one row per ended flow however often it is posted.
 */
export async function chooseRegistration(req: NextRequest): Promise<NextResponse> {
  if (!isSameOrigin(req.headers)) return forbidden();
  try {
    const flow = await registration.current(req.cookies);
    if (!flow || !hasEnded(toView(flow), Date.now())) return chooseInFlow(req);
    const view = toView(flow);
    const agreedAt = view.termsAgreed ? flow.terms_agreed_at : null;
    if (agreedAt === null) return seeOther(STEP_PATH.terms);
    const terms = { version: TERMS_VERSION, agreedAt };
    const created = await withTransaction(async (tx) =>
      (await deleteFlow(tx, flow.id, view.step)) ? createFlow(tx, { step: 'qr', terms }) : null,
    );
    const response = seeOther(STEP_PATH[created ? 'qr' : 'start']);
    if (created) setCookie(response, 'flow', created.token);
    return response;
  } catch (err) {
    log.error('flow.start.failed', { error: err });
    return unavailable();
  }
}

/** 【初回登録の方はこちら】 in a flow that has not ended: the start step's event. */
const chooseInFlow = registration.formAction('start', z.object({}), async () => ({ event: 'registrationChosen' }));

/** 【最初からやり直す】: forgets the current flow; the doctor starts again at step 1. */
export function restartFlow(req: NextRequest): NextResponse {
  if (!isSameOrigin(req.headers)) return forbidden();
  const response = seeOther(STEP_PATH.terms);
  deleteCookie(response, 'flow');
  return response;
}
