import { describe, expect, it } from 'vitest';
import { IDLE_LIMIT_MS, STEPS, access, indicatorPosition, transition, type FlowView } from './machine';

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
    expect(access(view('label'), 'register', now)).toEqual({ kind: 'interrupt', code: 'flow.back' });
    expect(access(view('password'), 'terms', now)).toEqual({ kind: 'interrupt', code: 'flow.back' });
  });

  it('sends the home page on to the start page while no QR code has been accepted', () => {
    expect(access(view('start', { hasTicket: false }), 'terms', now)).toEqual({ kind: 'redirect', to: 'start' });
    expect(access(view('qr', { hasTicket: false }), 'terms', now)).toEqual({ kind: 'redirect', to: 'qr' });
    expect(access(view('qr', { hasTicket: false }), 'start', now)).toEqual({ kind: 'interrupt', code: 'flow.back' });
  });

  it('sends a later step to the current one instead of skipping ahead', () => {
    expect(access(view('password'), 'register', now)).toEqual({ kind: 'redirect', to: 'password' });
    expect(access(view('qr'), 'complete', now)).toEqual({ kind: 'redirect', to: 'qr' });
  });

  it('expires after 15 idle minutes, but a finished flow or the home page starts afresh', () => {
    const idle = view('password', { updatedAt: now - IDLE_LIMIT_MS - 1 });
    expect(access(idle, 'password', now)).toEqual({ kind: 'interrupt', code: 'flow.expired' });
    expect(access(view('password', { updatedAt: now - IDLE_LIMIT_MS }), 'password', now)).toEqual({ kind: 'render' });
    expect(access(idle, 'terms', now)).toEqual({ kind: 'render' });
    expect(access(view('complete', { updatedAt: 0 }), 'complete', now)).toEqual({ kind: 'render' });
    expect(access(view('complete'), 'terms', now)).toEqual({ kind: 'render' });
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
