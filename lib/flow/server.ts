import 'server-only';
import { cookies } from 'next/headers';
import type { Flow } from '@/lib/db/schema';
import { readCookie } from '@/lib/http/cookies';
import type { Notice } from '@/lib/journey/notice';
import type { InterruptCode, Step } from '@/lib/steps/registration';
import { stepView } from '@/lib/journey/page';
import { registration } from './journey';

export async function flowToken(): Promise<string | undefined> {
  return readCookie(await cookies(), 'flow');
}

export type StepPage =
  | { status: 'ok'; flow: Flow | undefined; notice: Notice | null }
  /** `resume`: the page of the step the flow is at, for 【続きから登録する】. */
  | { status: 'interrupt'; code: InterruptCode; resume: string };

/**
 * Every step page starts here (spec §3 flow rules; the kernel's `view`): the current step renders,
 * an earlier one is "Back pressed" (or says the registration is in progress or done), an idle flow
 * has expired, and a later one redirects to where the doctor is. After a flow has ended, the start
 * page renders.
 */
export async function requireStep(page: Step, now = Date.now()): Promise<StepPage> {
  const view = await stepView(registration, page, now);
  if (view.status === 'interrupt') return { status: 'interrupt', code: view.code, resume: view.resume };
  return { status: 'ok', flow: view.row, notice: view.notice };
}
