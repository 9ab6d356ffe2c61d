import 'server-only';
import { cookies } from 'next/headers';
import type { Flow } from '@/lib/db/schema';
import { readCookie } from '@/lib/http/cookies';
import { registration } from './journey';
import { STEP_PATH, type InterruptCode, type Step } from './machine';
import type { Notice } from './notice';
import { readNotice, toView } from './store';

export async function flowToken(): Promise<string | undefined> {
  return readCookie(await cookies(), 'flow');
}

export type StepPage =
  | { status: 'ok'; flow: Flow | undefined; notice: Notice | null }
  /** `resume`: the page of the step the flow is at, for 【続きから登録する】. */
  | { status: 'interrupt'; code: InterruptCode; resume: string };

/**
 * Every step page starts here (spec §3 flow rules): the current step renders, an earlier one is
 * "Back pressed" (or says the registration is in progress or done), an idle flow has expired, and
 * a later one redirects to where the doctor is. After a flow has ended, the start page renders.
 */
export async function requireStep(page: Step, now = Date.now()): Promise<StepPage> {
  const { row: flow, decision } = await registration.stepPage(page, now);
  if (decision.kind === 'interrupt') {
    return { status: 'interrupt', code: decision.code, resume: STEP_PATH[flow ? toView(flow).step : 'terms'] };
  }
  // A notice belongs to the step it was set at, not to the start page after the flow ended.
  return { status: 'ok', flow, notice: flow?.step === page ? readNotice(flow) : null };
}
