import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextResponse } from 'next/server';
import type { Flow } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { STEP_PATH, access, type Step } from './machine';
import type { Notice } from './notice';
import { FLOW_COOKIE, loadFlow, readNotice, toView } from './store';

export async function flowToken(): Promise<string | undefined> {
  return (await cookies()).get(FLOW_COOKIE)?.value;
}

export type StepPage =
  | { status: 'ok'; flow: Flow | undefined; notice: Notice | null }
  | { status: 'interrupt'; code: 'flow.back' | 'flow.expired' };

/**
 * Every step page starts here (spec §3 flow rules): the current step renders, an earlier one is
 * "Back pressed", an idle flow has expired, and a later one redirects to where the doctor is.
 */
export async function requireStep(page: Step, now = Date.now()): Promise<StepPage> {
  const flow = await loadFlow(await flowToken());
  const decision = access(flow ? toView(flow) : null, page, now);
  if (decision.kind === 'redirect') redirect(STEP_PATH[decision.to]);
  if (decision.kind === 'interrupt') return { status: 'interrupt', code: decision.code };
  return { status: 'ok', flow, notice: readNotice(flow) };
}

export function setFlowCookie(response: NextResponse, token: string): void {
  response.cookies.set(FLOW_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().secureCookies,
    path: '/',
  });
}
