import { describe, expect, it } from 'vitest';
import { FRESH_AUTH_MS, SESSION_IDLE_MS, SESSION_MAX_MS, isFresh, sessionState } from './policy';

const MIN = 60_000;

describe('staff session limits (issue 8: 8 h at most, 30 min idle, admin actions within 5 min)', () => {
  it('are the numbers of the issue', () => {
    expect([SESSION_MAX_MS, SESSION_IDLE_MS, FRESH_AUTH_MS]).toEqual([480 * MIN, 30 * MIN, 5 * MIN]);
  });

  it.each([
    ['just signed in', { created_at: 0, last_seen_at: 0, ended_at: null }, 0, 'live'],
    ['29 min idle', { created_at: 0, last_seen_at: 0, ended_at: null }, 29 * MIN, 'live'],
    ['30 min idle', { created_at: 0, last_seen_at: 0, ended_at: null }, 30 * MIN, 'idle'],
    ['active, 7 h 59 min old', { created_at: 0, last_seen_at: 479 * MIN, ended_at: null }, 479 * MIN, 'live'],
    ['active, 8 h old', { created_at: 0, last_seen_at: 480 * MIN - 1, ended_at: null }, 480 * MIN, 'expired'],
    ['signed out', { created_at: 0, last_seen_at: 0, ended_at: 1 }, 1, 'ended'],
  ] as const)('%s → %s', (_name, session, now, state) => {
    expect(sessionState(session, now)).toBe(state);
  });

  it('counts a passkey check as fresh for 5 minutes, never from the future', () => {
    expect(isFresh(0, 5 * MIN)).toBe(true);
    expect(isFresh(0, 5 * MIN + 1)).toBe(false);
    expect(isFresh(10 * MIN, 0)).toBe(false);
  });
});
