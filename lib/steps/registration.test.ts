import { describe, expect, it } from 'vitest';
import {
  IDLE_LIMIT_MS,
  STEPS,
  access,
  hasEnded,
  indicatorPosition,
  transition,
  type Access,
  type FlowView,
} from './registration';

const now = 1_800_000_000_000;
const view = (step: FlowView['step'], extra: Partial<FlowView> = {}): FlowView => ({
  step,
  termsAgreed: true,
  hasTicket: true,
  updatedAt: now - 1000,
  ...extra,
});

describe('access', () => {
  it('shows the terms to a new visitor and sends other pages there', () => {
    expect(access(null, 'terms', now)).toEqual({ kind: 'render' });
    expect(access(null, 'password', now)).toEqual({ kind: 'redirect', to: 'terms' });
  });

  it('renders the current step only', () => {
    for (const step of STEPS) expect(access(view(step), step, now)).toEqual({ kind: 'render' });
  });

  it('treats an earlier step after advancing as Back pressed (FAQ Q2)', () => {
    expect(access(view('login'), 'password', now)).toEqual({ kind: 'interrupt', code: 'flow.back' });
    expect(access(view('register'), 'qr', now)).toEqual({ kind: 'interrupt', code: 'flow.back' });
  });

  it('sends the home page on to the start page while no QR code has been accepted', () => {
    expect(access(view('start', { hasTicket: false }), 'terms', now)).toEqual({ kind: 'redirect', to: 'start' });
    expect(access(view('qr', { hasTicket: false }), 'terms', now)).toEqual({ kind: 'redirect', to: 'qr' });
    // A refused QR link starts at QR entry before the terms: the home page shows them.
    expect(access(view('qr', { hasTicket: false, termsAgreed: false }), 'terms', now)).toEqual({ kind: 'render' });
  });

  it('says a registration is in progress when the top or start page is opened mid-flow (issue 11 #17a)', () => {
    const inProgress: Access = { kind: 'interrupt', code: 'flow.inProgress' };
    expect(access(view('password'), 'terms', now)).toEqual(inProgress);
    expect(access(view('register'), 'terms', now)).toEqual(inProgress);
    expect(access(view('login'), 'start', now)).toEqual(inProgress);
    expect(access(view('qr', { hasTicket: false }), 'start', now)).toEqual(inProgress);
  });

  it('says the smartphone is registered for an earlier page once the passkey exists (issue 11 #17a)', () => {
    const registered: Access = { kind: 'interrupt', code: 'flow.registered' };
    for (const page of ['terms', 'start', 'qr', 'password', 'login', 'register'] as const) {
      expect(access(view('label'), page, now), page).toEqual(registered);
    }
    const finished: Access = { kind: 'interrupt', code: 'flow.finished' };
    for (const page of ['qr', 'password', 'login', 'register', 'label'] as const) {
      expect(access(view('complete'), page, now), page).toEqual(finished);
      expect(access(view('confirmed'), page, now), page).toEqual(finished);
    }
    expect(access(view('confirmed'), 'complete', now)).toEqual(finished);
  });

  it('lets a finished flow start anything new from the start page, without the terms again (issue 11 #13, #14)', () => {
    for (const step of ['complete', 'confirmed'] as const) {
      expect(access(view(step), 'terms', now)).toEqual({ kind: 'redirect', to: 'start' });
      expect(access(view(step), 'start', now)).toEqual({ kind: 'render' });
      expect(access(view(step, { updatedAt: 0 }), 'start', now)).toEqual({ kind: 'render' });
    }
    // Terms not agreed to in their current version: shown again.
    expect(access(view('complete', { termsAgreed: false }), 'terms', now)).toEqual({ kind: 'render' });
    expect(access(view('complete', { termsAgreed: false }), 'start', now)).toEqual({ kind: 'redirect', to: 'terms' });
    expect(access(null, 'start', now)).toEqual({ kind: 'redirect', to: 'terms' });
  });

  it('sends a later step to the current one instead of skipping ahead', () => {
    expect(access(view('password'), 'register', now)).toEqual({ kind: 'redirect', to: 'password' });
    expect(access(view('qr'), 'complete', now)).toEqual({ kind: 'redirect', to: 'qr' });
  });

  it('expires after 15 idle minutes, but a finished flow or the home page starts afresh', () => {
    const idle = view('password', { updatedAt: now - IDLE_LIMIT_MS - 1 });
    expect(access(idle, 'password', now)).toEqual({ kind: 'interrupt', code: 'flow.expired' });
    expect(access(view('password', { updatedAt: now - IDLE_LIMIT_MS }), 'password', now)).toEqual({ kind: 'render' });
    expect(access(idle, 'terms', now)).toEqual({ kind: 'redirect', to: 'start' });
    expect(access(idle, 'start', now)).toEqual({ kind: 'render' });
    expect(access({ ...idle, step: 'terms', termsAgreed: false }, 'terms', now)).toEqual({ kind: 'render' });
    expect(access(view('complete', { updatedAt: 0 }), 'complete', now)).toEqual({ kind: 'render' });
    expect(hasEnded(idle, now)).toBe(true);
    expect(hasEnded(view('complete', { updatedAt: 0 }), now)).toBe(true);
    expect(hasEnded(view('label', { updatedAt: 0 }), now)).toBe(true);
    expect(hasEnded(view('label'), now)).toBe(false);
    // Idle at the label, the registration still stands: not "register again from step 1".
    expect(access(view('label', { updatedAt: 0 }), 'label', now)).toEqual({ kind: 'interrupt', code: 'flow.finished' });
  });
});

describe('transition', () => {
  it('walks the manual order', () => {
    expect(transition(view('terms', { hasTicket: false, termsAgreed: false }), 'termsAgreed')).toBe('start');
    expect(transition(view('start', { hasTicket: false }), 'registrationChosen')).toBe('qr');
    expect(transition(view('qr', { hasTicket: false }), 'ticketAccepted')).toBe('password');
    expect(transition(view('password'), 'passwordAccepted')).toBe('login');
    expect(transition(view('login'), 'personIdConfirmed')).toBe('register');
    expect(transition(view('register'), 'registered')).toBe('label');
    expect(transition(view('label'), 'labelled')).toBe('complete');
    expect(transition(view('register'), 'signedIn')).toBe('confirmed');
  });

  it('goes from a deep link through the terms straight to the password', () => {
    expect(transition(view('qr', { termsAgreed: false }), 'ticketAccepted')).toBe('terms');
    expect(transition(view('terms', { termsAgreed: false }), 'termsAgreed')).toBe('password');
  });

  it('refuses events out of order', () => {
    expect(transition(view('terms'), 'passwordAccepted')).toBeNull();
    expect(transition(view('password'), 'registered')).toBeNull();
    expect(transition(view('complete'), 'labelled')).toBeNull();
    expect(transition(view('label'), 'signedIn')).toBeNull();
  });
});

describe('indicatorPosition', () => {
  it('numbers the manual steps', () => {
    expect(indicatorPosition('terms')).toBe(1);
    expect(indicatorPosition('start')).toBe(2);
    expect(indicatorPosition('complete')).toBe(7);
    expect(indicatorPosition('confirmed')).toBe(7);
  });
});
