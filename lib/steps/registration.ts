/**
 * The registration journey's definition (spec §3), as plain data and pure functions: its steps in
 * order, each step's page and form endpoint, the step graph (`transition`) and what a page may
 * show (`access`). No Next.js, database or routes imports: lib/routes.ts builds its page and form
 * entries from REGISTRATION_STEPS, the kernel (lib/journey) runs the rest, and the unit tests
 * drive it directly. Adding a step is an entry here, a case in `transition`, its page and its
 * handler (decision 0015).
 */

import { pagePaths, stepGuard, type StepTable } from './table';

/** Each step: `[route name, path]` of its page, and of the form endpoint its page posts to. */
export const REGISTRATION_STEPS = {
  terms: { page: ['terms', '/'], form: ['flowTerms', '/api/flow/terms'] },
  start: { page: ['start', '/start'], form: ['flowStart', '/api/flow/start'] },
  qr: { page: ['registerQr', '/register/qr'], form: ['flowCode', '/api/flow/code'] },
  password: { page: ['registerPassword', '/register/password'], form: ['flowPassword', '/api/flow/password'] },
  login: { page: ['registerLogin', '/register/login'], form: ['flowLogin', '/api/flow/login'] },
  register: { page: ['registerPasskey', '/register/passkey'] },
  label: { page: ['registerLabel', '/register/label'], form: ['flowLabel', '/api/flow/label'] },
  complete: { page: ['registerComplete', '/register/complete'] },
  confirmed: { page: ['registerConfirmed', '/register/confirmed'] },
} as const satisfies StepTable;

export type Step = keyof typeof REGISTRATION_STEPS;
export const STEPS = Object.keys(REGISTRATION_STEPS) as Step[];

export const STEP_PATH = pagePaths(REGISTRATION_STEPS);

/** What the visible step indicator numbers (the manual's registration steps). */
export const INDICATED_STEPS: Step[] = ['terms', 'qr', 'password', 'login', 'register', 'label', 'complete'];

export const IDLE_LIMIT_MS = 15 * 60_000;
const TERMINAL: Step[] = ['complete', 'confirmed'];

export type FlowView = {
  step: Step;
  termsAgreed: boolean;
  hasTicket: boolean;
  updatedAt: number;
};

/**
 * Why a step page shows a message instead of its form: Back pressed, idle too long, the top page
 * opened while a registration is under way, or an earlier page after the passkey was stored.
 */
export type InterruptCode = 'flow.back' | 'flow.expired' | 'flow.inProgress' | 'flow.registered' | 'flow.finished';

export type Access = { kind: 'render' } | { kind: 'redirect'; to: Step } | { kind: 'interrupt'; code: InterruptCode };

export const isStep = stepGuard(STEPS);

export function isExpired(flow: Pick<FlowView, 'updatedAt' | 'step'>, now: number): boolean {
  return !TERMINAL.includes(flow.step) && now - flow.updatedAt > IDLE_LIMIT_MS;
}

/** A flow that cannot move on any more: finished, or idle too long. The next one starts afresh. */
export function hasEnded(flow: Pick<FlowView, 'updatedAt' | 'step'>, now: number): boolean {
  return TERMINAL.includes(flow.step) || isExpired(flow, now);
}

/**
 * May this page be shown for this flow? Earlier step after advancing = Back pressed (FAQ Q2),
 * unless the passkey is already stored (then say so). Once a flow has ended, the terms agreed in
 * it still count: the top page goes on to the start page, where everything can begin anew.
 */
export function access(flow: FlowView | null, page: Step, now: number): Access {
  if (!flow || hasEnded(flow, now)) {
    const agreed = flow?.termsAgreed === true;
    if (page === 'terms') return agreed ? { kind: 'redirect', to: 'start' } : { kind: 'render' };
    if (page === 'start') return agreed ? { kind: 'render' } : { kind: 'redirect', to: 'terms' };
    if (!flow) return { kind: 'redirect', to: 'terms' };
  }
  // Idle at the label: the passkey is stored (with its automatic label), so nothing was lost.
  if (isExpired(flow, now))
    return { kind: 'interrupt', code: flow.step === 'label' ? 'flow.finished' : 'flow.expired' };
  if (flow.step === page) return { kind: 'render' };
  if (STEPS.indexOf(page) > STEPS.indexOf(flow.step)) return { kind: 'redirect', to: flow.step };
  if (TERMINAL.includes(flow.step)) return { kind: 'interrupt', code: 'flow.finished' };
  if (flow.step === 'label') return { kind: 'interrupt', code: 'flow.registered' };
  // The top page before any QR code was accepted loses nothing: go on where the doctor was, or
  // show the terms not yet agreed to (a refused QR link starts at QR entry).
  if (page === 'terms' && !flow.hasTicket)
    return flow.termsAgreed ? { kind: 'redirect', to: flow.step } : { kind: 'render' };
  // The top or start page mid-flow (a bookmark, a typed address): offer every way on.
  if (page === 'terms' || page === 'start') return { kind: 'interrupt', code: 'flow.inProgress' };
  return { kind: 'interrupt', code: 'flow.back' };
}

export type FlowEvent =
  | 'termsAgreed'
  | 'registrationChosen'
  | 'ticketAccepted'
  | 'passwordAccepted'
  | 'personIdConfirmed'
  | 'registered'
  | 'signedIn'
  | 'labelled';

/** The step an event leads to from a given step, or null when the event is not allowed there. */
export function transition(flow: Pick<FlowView, 'step' | 'termsAgreed' | 'hasTicket'>, event: FlowEvent): Step | null {
  switch (event) {
    case 'termsAgreed':
      return flow.step === 'terms' ? (flow.hasTicket ? 'password' : 'start') : null;
    case 'registrationChosen':
      return flow.step === 'start' ? 'qr' : null;
    case 'ticketAccepted':
      return flow.step === 'qr' ? (flow.termsAgreed ? 'password' : 'terms') : null;
    case 'passwordAccepted':
      return flow.step === 'password' ? 'login' : null;
    case 'personIdConfirmed':
      return flow.step === 'login' ? 'register' : null;
    case 'registered':
      return flow.step === 'register' ? 'label' : null;
    case 'signedIn':
      return flow.step === 'register' ? 'confirmed' : null;
    case 'labelled':
      return flow.step === 'label' ? 'complete' : null;
  }
}

/** Step number shown in the indicator (1-based), or null for screens outside the numbered steps. */
export function indicatorPosition(step: Step): number | null {
  const i = INDICATED_STEPS.indexOf(step === 'start' ? 'qr' : step === 'confirmed' ? 'complete' : step);
  return i < 0 ? null : i + 1;
}
