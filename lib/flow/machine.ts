/**
 * The registration flow as a pure state machine (spec §3). No Next.js or database imports: the
 * store persists what this decides, and the unit tests drive it directly.
 */
export const STEPS = [
  'terms',
  'start',
  'qr',
  'password',
  'login',
  'register',
  'label',
  'complete',
  'confirmed',
] as const;
export type Step = (typeof STEPS)[number];

export const STEP_PATH: Record<Step, string> = {
  terms: '/',
  start: '/start',
  qr: '/register/qr',
  password: '/register/password',
  login: '/register/login',
  register: '/register/passkey',
  label: '/register/label',
  complete: '/register/complete',
  confirmed: '/register/confirmed',
};

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

export type Access =
  { kind: 'render' } | { kind: 'redirect'; to: Step } | { kind: 'interrupt'; code: 'flow.back' | 'flow.expired' };

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

export function isExpired(flow: Pick<FlowView, 'updatedAt' | 'step'>, now: number): boolean {
  return !TERMINAL.includes(flow.step) && now - flow.updatedAt > IDLE_LIMIT_MS;
}

/** May this page be shown for this flow? Earlier step after advancing = Back pressed (FAQ Q2). */
export function access(flow: FlowView | null, page: Step, now: number): Access {
  if (page === 'terms' && (!flow || TERMINAL.includes(flow.step) || isExpired(flow, now))) return { kind: 'render' };
  if (!flow) return { kind: 'redirect', to: 'terms' };
  if (isExpired(flow, now)) return { kind: 'interrupt', code: 'flow.expired' };
  if (flow.step === page) return { kind: 'render' };
  // Back to the top before any QR code was accepted loses nothing: go on where the doctor was.
  if (page === 'terms' && flow.termsAgreed && !flow.hasTicket) return { kind: 'redirect', to: flow.step };
  if (STEPS.indexOf(page) < STEPS.indexOf(flow.step)) return { kind: 'interrupt', code: 'flow.back' };
  return { kind: 'redirect', to: flow.step };
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
