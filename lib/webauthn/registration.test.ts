import { describe, expect, it } from 'vitest';

import { VIRTUAL_AUTHENTICATOR_AAGUID, fixture, recordedConfig } from '@/tests/fixtures/webauthn/fixtures';

import type { RpConfig } from './config';
import { buildRegistrationOptions, verifyRegistration } from './registration';

const config: RpConfig = {
  rpId: 'hpki-device.example.jp',
  rpName: 'HPKI セカンド電子証明書',
  origins: ['https://hpki-device.example.jp'],
  attestation: 'none',
};
const user = {
  id: '6f1c1e0a-3b7d-4c2e-9a51-0d4b8e2f7a10',
  personId: '1234567890',
  displayName: '医師 太郎',
};
const b64url = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

describe('buildRegistrationOptions', () => {
  it('sets every option of spec §3 step 7', async () => {
    const options = await buildRegistrationOptions({ config, user, excludeCredentialIds: [] });

    expect(options.rp).toEqual({ id: 'hpki-device.example.jp', name: 'HPKI セカンド電子証明書' });
    expect(options.user).toEqual({ id: b64url(user.id), name: '1234567890', displayName: '医師 太郎' });
    expect(options.pubKeyCredParams).toEqual([
      { alg: -7, type: 'public-key' },
      { alg: -257, type: 'public-key' },
    ]);
    expect(options.timeout).toBe(300_000);
    expect(options.attestation).toBe('none');
    expect(options.authenticatorSelection).toEqual({
      authenticatorAttachment: 'platform',
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'required',
    });
    expect(options.hints).toEqual(['client-device']);
    expect(options.excludeCredentials).toEqual([]);
    // 32 random bytes, base64url, fresh every time.
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await buildRegistrationOptions({ config, user, excludeCredentialIds: [] });
    expect(again.challenge).not.toBe(options.challenge);
  });

  it('keeps hints and selection through JSON (what the browser receives)', async () => {
    const options = await buildRegistrationOptions({ config, user, excludeCredentialIds: [] });
    const json = JSON.parse(JSON.stringify(options)) as typeof options;
    expect(json.hints).toEqual(['client-device']);
    expect(json.authenticatorSelection?.userVerification).toBe('required');
  });

  it('uses the configured attestation conveyance', async () => {
    const options = await buildRegistrationOptions({
      config: { ...config, attestation: 'direct' },
      user,
      excludeCredentialIds: [],
    });
    expect(options.attestation).toBe('direct');
  });

  it('excludes the holder credentials and the device marker, dropping duplicates and garbage', async () => {
    const options = await buildRegistrationOptions({
      config,
      user,
      excludeCredentialIds: [
        'AAAA',
        'pxv1xnhnxnoW1HtGzK7Dk1_r9aUSffnqEQoRpeTwUYY',
        'AAAA',
        'not base64!',
        '',
        'A'.repeat(5000),
      ],
    });
    expect(options.excludeCredentials).toEqual([
      { id: 'AAAA', type: 'public-key' },
      { id: 'pxv1xnhnxnoW1HtGzK7Dk1_r9aUSffnqEQoRpeTwUYY', type: 'public-key' },
    ]);
  });

  it('does not share the authenticatorSelection object between calls', async () => {
    const a = await buildRegistrationOptions({ config, user, excludeCredentialIds: [] });
    const b = await buildRegistrationOptions({ config, user, excludeCredentialIds: [] });
    expect(a.authenticatorSelection).not.toBe(b.authenticatorSelection);
  });

  it('rejects a user id that cannot be a WebAuthn user handle', async () => {
    await expect(
      buildRegistrationOptions({ config, user: { ...user, id: '' }, excludeCredentialIds: [] }),
    ).rejects.toThrow();
    await expect(
      buildRegistrationOptions({ config, user: { ...user, id: 'x'.repeat(65) }, excludeCredentialIds: [] }),
    ).rejects.toThrow();
  });
});

describe('verifyRegistration against a recorded Chromium registration', () => {
  const recorded = () => fixture('registration');
  const verify = (response: unknown, overrides: { config?: RpConfig; challenge?: string } = {}) =>
    verifyRegistration({
      config: overrides.config ?? recordedConfig(),
      response,
      expectedChallenge: overrides.challenge ?? recorded().options.challenge,
    });

  it('was recorded with the options our builder produces', () => {
    const { options, user: recordedUser } = recorded();
    expect(options.user.id).toBe(b64url(recordedUser.id));
    expect(options.hints).toEqual(['client-device']);
    expect(options.authenticatorSelection.userVerification).toBe('required');
  });

  it('accepts the genuine response and returns the credential record', async () => {
    const { response } = recorded();
    const result = await verify(response);
    expect(result).toEqual({
      ok: true,
      credential: {
        credentialId: response.id,
        publicKey: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
        signCount: 1,
        transports: ['internal'],
        aaguid: VIRTUAL_AUTHENTICATOR_AAGUID,
        providerName: 'パスキー',
        deviceType: 'singleDevice',
        backupEligible: false,
        backupState: false,
        uvInitialized: true,
      },
    });
    if (!result.ok) return;
    // The stored key is the COSE_Key: a CBOR map with kty 2 (EC2) and alg -7 (ES256).
    const cose = Buffer.from(result.credential.publicKey, 'base64url');
    expect(cose[0]).toBe(0xa5);
    expect(cose.subarray(1, 6)).toEqual(Buffer.from([0x01, 0x02, 0x03, 0x26, 0x20]));
  });

  it('accepts the response when the origin is one of several configured', async () => {
    const config2 = { ...recordedConfig(), origins: ['https://hpki-device.example.jp', ...recordedConfig().origins] };
    expect((await verify(recorded().response, { config: config2 })).ok).toBe(true);
  });

  it('rejects a different challenge (replayed or expired ceremony)', async () => {
    const expected = b64url('another challenge, long enough');
    const result = await verify(recorded().response, { challenge: expected });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('challenge') });
    // Reasons go to logs: no challenge values in them.
    if (!result.ok) {
      expect(result.reason).not.toContain(expected);
      expect(result.reason).not.toContain(recorded().options.challenge);
    }
  });

  it('rejects an empty expected challenge', async () => {
    expect((await verify(recorded().response, { challenge: '' })).ok).toBe(false);
  });

  it('rejects the wrong origin', async () => {
    const result = await verify(recorded().response, {
      config: { ...recordedConfig(), origins: ['https://hpki-device.example.jp'] },
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('origin') });
  });

  it('rejects the wrong RP ID', async () => {
    const result = await verify(recorded().response, {
      config: { ...recordedConfig(), rpId: 'hpki-device.example.jp' },
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('RP ID') });
  });

  it('rejects a tampered clientDataJSON', async () => {
    const tamper = (edit: (clientData: Record<string, unknown>) => void) => {
      const { response } = recorded();
      const clientData = JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString());
      edit(clientData);
      response.response.clientDataJSON = b64url(JSON.stringify(clientData));
      return response;
    };
    expect((await verify(tamper((c) => (c.type = 'webauthn.get')))).ok).toBe(false);
    expect((await verify(tamper((c) => (c.origin = 'https://evil.example')))).ok).toBe(false);
    expect((await verify(tamper((c) => (c.challenge = b64url('forged'))))).ok).toBe(false);
  });

  it('rejects tampered authenticator data (RP ID hash)', async () => {
    const { response } = recorded();
    const attestation = Buffer.from(response.response.attestationObject, 'base64url');
    // The authData byte string starts right after the CBOR key "authData" and its length header.
    const at = attestation.indexOf(Buffer.from('authData')) + 'authData'.length + 2;
    attestation[at] = (attestation[at] ?? 0) ^ 0xff;
    response.response.attestationObject = attestation.toString('base64url');
    const result = await verify(response);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('RP ID') });
  });

  it('rejects a response whose id is not the credential in the authenticator data', async () => {
    const { response } = recorded();
    response.id = response.rawId = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const result = await verify(response);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('differs') });
  });

  it('rejects a registration without user verification (recorded with the UV flag cleared)', async () => {
    const { response, options } = fixture('registrationNoUv');
    const result = await verifyRegistration({
      config: recordedConfig(),
      response,
      expectedChallenge: options.challenge,
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('User verification') });
  });

  describe('never throws on garbage', () => {
    const huge = 'A'.repeat(2_000_000);
    const cases: Array<[string, () => unknown]> = [
      ['null', () => null],
      ['undefined', () => undefined],
      ['empty object', () => ({})],
      ['a string', () => 'public-key'],
      ['a number', () => 42],
      ['an array', () => [recorded().response]],
      ['huge id', () => ({ ...recorded().response, id: huge, rawId: huge })],
      ['huge clientDataJSON', () => withResponse({ clientDataJSON: huge })],
      ['huge attestationObject', () => withResponse({ attestationObject: huge })],
      ['non-base64url clientDataJSON', () => withResponse({ clientDataJSON: '{"type":"webauthn.create"}' })],
      ['clientDataJSON that is not JSON', () => withResponse({ clientDataJSON: b64url('not json') })],
      ['clientDataJSON that is JSON null', () => withResponse({ clientDataJSON: b64url('null') })],
      ['random attestationObject', () => withResponse({ attestationObject: 'q83vEjRWeJA' })],
      ['empty attestationObject', () => withResponse({ attestationObject: '' })],
      ['wrong type', () => ({ ...recorded().response, type: 'password' })],
      ['id ≠ rawId', () => ({ ...recorded().response, rawId: 'AAAA' })],
      ['numbers for strings', () => withResponse({ clientDataJSON: 1, attestationObject: 2 })],
      ['missing response', () => ({ ...recorded().response, response: undefined })],
      ['bad transports', () => withResponse({ transports: ['internal', { evil: true }] })],
      ['too many transports', () => withResponse({ transports: Array(50).fill('usb') })],
      ['huge extension results', () => ({ ...recorded().response, clientExtensionResults: { x: huge } })],
    ];
    function withResponse(patch: Record<string, unknown>) {
      const { response } = recorded();
      return { ...response, response: { ...response.response, ...patch } };
    }

    it.each(cases)('%s → ok:false', async (_name, make) => {
      const result = await verify(make());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeLessThan(300);
    });
  });

  it('ignores an unknown authenticatorAttachment value instead of failing', async () => {
    const response = { ...recorded().response, authenticatorAttachment: 'quantum' };
    expect((await verify(response)).ok).toBe(true);
  });
});
