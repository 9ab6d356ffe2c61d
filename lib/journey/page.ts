import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { readCookie } from '@/lib/http/cookies';
import type { ErrorCode } from '@/lib/messages';
import type { Journey, StepDecision } from './kernel';
import { parseNotice, type Notice } from './notice';
import type { JourneyRow, JourneyTable } from './store';

/** A step page's answer: render (with the row's pending notice), or a message with the way back. */
export type StepView<Row, C extends ErrorCode> =
  | { status: 'ok'; row: Row | undefined; notice: Notice | null }
  /** `resume`: the page of the step the row is at. */
  | { status: 'interrupt'; code: C; resume: string; row: Row | undefined };

/**
 * The journey's row for this request's cookie, loaded once per server render: the step page and
 * the chrome around it (the sandbox banner, lib/sandbox/scene.ts) ask for the same row.
 */
const loadOnce = cache((store: { load(token: string | undefined): Promise<unknown> }, token: string | undefined) =>
  store.load(token),
);

export async function currentRow<T extends JourneyTable, S extends string, E extends string, C extends ErrorCode>(
  journey: Journey<T, S, E, C>,
): Promise<JourneyRow<T> | undefined> {
  const token = readCookie(await cookies(), journey.definition.cookie);
  return (await loadOnce(journey.definition.store, token)) as JourneyRow<T> | undefined;
}

/** A step page of `journey`: redirects where the definition says, else the row and the decision. */
export async function stepPage<T extends JourneyTable, S extends string, E extends string, C extends ErrorCode>(
  journey: Journey<T, S, E, C>,
  step: S,
  now = Date.now(),
): Promise<{ row: JourneyRow<T> | undefined; decision: StepDecision<S, C> }> {
  const { definition } = journey;
  const row = await currentRow(journey);
  const decision = definition.decide(row, step, now);
  if (decision.kind === 'redirect') redirect(definition.paths[decision.to]);
  return { row, decision };
}

/**
 * What a step page shows: its form (with the row's pending notice, which belongs to the step it
 * was set at), or the interruption with the page of the row's step to resume at.
 */
export async function stepView<T extends JourneyTable, S extends string, E extends string, C extends ErrorCode>(
  journey: Journey<T, S, E, C>,
  step: S,
  now = Date.now(),
): Promise<StepView<JourneyRow<T>, C>> {
  const { row, decision } = await stepPage(journey, step, now);
  if (decision.kind === 'interrupt')
    return { status: 'interrupt', code: decision.code, resume: journey.currentPath(row, step), row };
  const notice = row && journey.definition.stepOf(row) === step ? parseNotice(row.notice) : null;
  return { status: 'ok', row, notice };
}
