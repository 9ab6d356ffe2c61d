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

  it('keeps the facts support needs under their allow-listed keys', () => {
    const facts = {
      termsVersion: '2026-11-01',
      messageCode: 'password.wrong',
      reason: 'qr.expired',
      type: 'terms.agreed',
      outcome: 'fail',
      step: 'label',
      aaguid: 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4',
      revoked: '0c6f4a7e-2b7d-4e5a-9d7c-3f1b2a6c8e90',
    };
    expect(redact(facts)).toEqual(facts);
    expect(redact({ nested: [{ messageCode: 'qr.unknown' }] })).toEqual({ nested: [{ messageCode: 'qr.unknown' }] });
  });

  it('still redacts a secret placed under an allow-listed key or anywhere else', () => {
    const code = '7K3M-9QRT-ZX4A-BC2D-EF5G';
    const out = JSON.stringify(
      redact({
        messageCode: code,
        termsVersion: `${code} 1980-04-01`,
        reason: `typed ${code} and 19800401`,
        step: { birthDate: '1980-04-01' },
        type: 'typed 1980/04/01',
        aaguid: code,
        version: '1980-04-01',
        registrationCode: 'qr.unknown',
        challenge: 'password.wrong',
        note: 'password.wrong at /r/7K3M9QRTZX4ABC2DEF5G',
      }),
    );
    expect(out).not.toMatch(/7K3M|1980/);
    expect(JSON.parse(out)).toMatchObject({
      messageCode: REDACTED,
      step: { birthDate: REDACTED },
      registrationCode: REDACTED,
      challenge: REDACTED,
      note: `password.wrong at /r/${REDACTED}`,
    });
  });

  it("keeps an audit export's filters readable, and only in their own shapes", () => {
    const id = '0c6f4a7e-2b7d-4e5a-9d7c-3f1b2a6c8e90';
    const kept = { from: '2026-12-03T00:00:00.000+09:00', holderId: id, actor: `staff:${id}`, type: 'ticket.issued' };
    expect(redact(kept)).toEqual(kept);
    expect(redact({ actor: 'operator:cli' })).toEqual({ actor: 'operator:cli' });
    expect(redact({ from: '1980-04-01', to: '1980-04-01T00:00', actor: 'staff:1980-04-01' })).toEqual({
      from: REDACTED,
      to: `${REDACTED}T00:00`,
      actor: `staff:${REDACTED}`,
    });
  });
});
