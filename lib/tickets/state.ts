import type { Ticket, TicketState } from '@/lib/db/schema';

export const MAX_PASSWORD_ATTEMPTS = 5;
/** Ticket states in which the QR card still opens the flow (a used one leads to sign-in, spec §3). */
export const OPEN_STATES: TicketState[] = ['active', 'used'];

/** The state as the doctor experiences it now: an active ticket past its expiry is expired. */
export function effectiveState(ticket: Pick<Ticket, 'state' | 'expires_at'>, now: number): TicketState {
  if ((ticket.state === 'active' || ticket.state === 'used') && ticket.expires_at <= now) return 'expired';
  return ticket.state;
}

export function remainingAttempts(ticket: Pick<Ticket, 'failed_attempts'>): number {
  return Math.max(0, MAX_PASSWORD_ATTEMPTS - ticket.failed_attempts);
}
