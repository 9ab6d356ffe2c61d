import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactString } from './redact';

describe('redact', () => {
  it('removes secrets by key name at any depth', () => {
    const out = redact({
      birthDate: '1980-04-01',
      nested: { registrationCode: 'ABCD', token: 't', cookie: 'c', photo: 'data', ok: 'keep' },
      headers: { authorization: 'Bearer x' },
    }) as Record<string, unknown>;
    expect(out).toEqual({
      birthDate: REDACTED,
      nested: { registrationCode: REDACTED, token: REDACTED, cookie: REDACTED, photo: REDACTED, ok: 'keep' },
      headers: { authorization: REDACTED },
    });
  });

  it('scrubs codes, dates and ticket URLs hiding in free text', () => {
    const text =
      'user typed 7K3M-9QRT-ZX4A-BC2D-EF5G then 19800401 and 1980/04/01 and 1980年4月1日 at /r/7K3M9QRTZX4ABC2DEF5G';
    const out = redactString(text);
    expect(out).not.toMatch(/7K3M/);
    expect(out).not.toMatch(/1980/);
    expect(out).toContain(REDACTED);
  });

  it('keeps harmless values and error messages readable', () => {
    expect(redact({ step: 'password', attempts: 3 })).toEqual({ step: 'password', attempts: 3 });
    expect(redact(new Error('boom'))).toEqual({ name: 'Error', message: 'boom' });
  });
});
