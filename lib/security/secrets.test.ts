import { describe, expect, it, vi } from 'vitest';
import { hashBirthDate, legacyScryptHash, needsRehash, verifyBirthDate } from './secrets';

vi.mock('server-only', () => ({}));

describe('birth-date hashes (decision 0023)', () => {
  it('are keyed and salted: the right date verifies, another does not, equal dates hash apart', async () => {
    const a = await hashBirthDate('1980-04-01');
    const b = await hashBirthDate('1980-04-01');
    expect(a).toMatch(/^hmac-sha256\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyBirthDate('1980-04-01', a)).toBe(true);
    expect(await verifyBirthDate('1980-04-02', a)).toBe(false);
    expect(needsRehash(a)).toBe(false);
  });

  it('do not verify under another pepper: the database alone is not enough', async () => {
    const stored = await hashBirthDate('1980-04-01');
    vi.resetModules();
    vi.stubEnv('BIRTH_DATE_PEPPER', 'another-pepper-of-at-least-thirty-two-characters');
    const other = await import('./secrets');
    expect(await other.verifyBirthDate('1980-04-01', stored)).toBe(false);
    vi.unstubAllEnvs();
  });

  it('still verify the scrypt form from before, which asks to be replaced', async () => {
    const legacy = await legacyScryptHash('1975-12-31');
    expect(await verifyBirthDate('1975-12-31', legacy)).toBe(true);
    expect(await verifyBirthDate('1975-12-30', legacy)).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });

  it('refuse malformed stored values instead of throwing', async () => {
    for (const stored of ['', 'hmac-sha256$', 'hmac-sha256$salt', 'scrypt$1$2', 'plain'])
      expect(await verifyBirthDate('1980-04-01', stored)).toBe(false);
  });
});
