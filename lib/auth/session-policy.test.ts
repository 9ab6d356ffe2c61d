import { describe, expect, it } from 'vitest';
import { SESSION_MAX_AGE_SECONDS, doctorPrincipal, isSessionFresh } from './session-policy';

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

describe('doctorPrincipal', () => {
  const now = 1_800_000_000_000;
  const session = { expires: '', holderId: 'h1', credentialId: 'c1', authTime: now - 1000 };
  it('maps our fresh session to the doctor and the passkey it was opened with', () => {
    expect(doctorPrincipal(session, now)).toEqual({
      principal: { kind: 'doctor', holderId: 'h1' },
      credentialId: 'c1',
    });
  });
  it('is null without a session, without our fields, or after 18 hours', () => {
    expect(doctorPrincipal(null, now)).toBeNull();
    expect(doctorPrincipal({ expires: '' }, now)).toBeNull();
    expect(doctorPrincipal({ ...session, credentialId: undefined }, now)).toBeNull();
    expect(doctorPrincipal({ ...session, authTime: undefined }, now)).toBeNull();
    expect(doctorPrincipal(session, now + SESSION_MAX_AGE_SECONDS * 1000)).toBeNull();
  });
});
