import { describe, expect, it } from 'vitest';
import { SESSION_MAX_AGE_SECONDS, isSessionFresh } from './session-policy';

describe('isSessionFresh', () => {
  const now = 1_800_000_000_000;
  it('accepts a session up to 18 hours old', () => {
    expect(SESSION_MAX_AGE_SECONDS).toBe(64_800);
    expect(isSessionFresh(now, now)).toBe(true);
    expect(isSessionFresh(now - 18 * 3600_000, now)).toBe(true);
  });
  it('refuses one a moment older, and anything malformed', () => {
    expect(isSessionFresh(now - 18 * 3600_000 - 1, now)).toBe(false);
    expect(isSessionFresh(undefined, now)).toBe(false);
    expect(isSessionFresh('1', now)).toBe(false);
    expect(isSessionFresh(Number.NaN, now)).toBe(false);
    expect(isSessionFresh(now + 3600_000, now)).toBe(false);
  });
});
