import { describe, expect, it } from 'vitest';

import { fixture, recordedConfig } from '@/tests/fixtures/webauthn/fixtures';
import { SoftPasskey } from '@/tests/support/soft-passkey';

import {
  buildAuthenticationOptions,
  credentialIdOf,
  verifyAuthentication,
  type StoredCredential,
} from './authentication';
import type { RpConfig } from './config';
import { verifyRegistration } from './registration';

const b64url = (value: string) => Buffer.from(value, 'utf8').toString('base64url');

/** The credential as the app stores it after verifying the recorded registration. */
async function storedCredential(): Promise<StoredCredential> {
  const { response, options } = fixture('registration');
  const result = await verifyRegistration({
    config: recordedConfig(),
    response,
    expectedChallenge: options.challenge,
  });
  if (!result.ok) throw new Error(`registration fixture does not verify: ${result.reason}`);
  const { credentialId, publicKey, signCount, transports, backupEligible } = result.credential;
  return { credentialId, publicKey, signCount, transports, backupEligible };
}

type AuthFixture = 'authentication1' | 'authentication2' | 'authenticationBadSignature' | 'authenticationNoUv';

async function verifyRecorded(
  name: AuthFixture,
  overrides: {
    signCount?: number;
    config?: RpConfig;
    challenge?: string;
    response?: unknown;
    credential?: Partial<StoredCredential>;
    expectedUserId?: string;
  } = {},
) {
  const recorded = fixture(name);
  const credential = { ...(await storedCredential()), ...overrides.credential };
  if (overrides.signCount !== undefined) credential.signCount = overrides.signCount;
  return verifyAuthentication({
    config: overrides.config ?? recordedConfig(),
    response: 'response' in overrides ? overrides.response : recorded.response,
    expectedChallenge: overrides.challenge ?? recorded.options.challenge,
    credential,
    expectedUserId: overrides.expectedUserId ?? fixture('registration').user.id,
  });
}

describe('buildAuthenticationOptions', () => {
  const config: RpConfig = {
    rpId: 'hpki-device.example.jp',
    rpName: 'HPKI',
    origins: ['https://hpki-device.example.jp'],
    attestation: 'none',
  };

  it('asks for a discoverable credential with UV when no allow list is given', async () => {
    for (const allowCredentialIds of [undefined, []]) {
      const options = await buildAuthenticationOptions({ config, allowCredentialIds });
      expect(options.rpId).toBe('hpki-device.example.jp');
      expect(options.userVerification).toBe('required');
      expect(options.timeout).toBe(300_000);
      expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(JSON.parse(JSON.stringify(options))).not.toHaveProperty('allowCredentials');
    }
  });

  it('lists the allowed credentials (deduplicated)', async () => {
    const options = await buildAuthenticationOptions({
      config,
      allowCredentialIds: ['AAAA', 'BBBB', 'AAAA'],
    });
    expect(options.allowCredentials).toEqual([
      { id: 'AAAA', type: 'public-key' },
      { id: 'BBBB', type: 'public-key' },
    ]);
  });

  it('uses a fresh challenge each time', async () => {
    const a = await buildAuthenticationOptions({ config });
    const b = await buildAuthenticationOptions({ config });
    expect(a.challenge).not.toBe(b.challenge);
  });
});

describe('credentialIdOf', () => {
  it('returns the id of a recorded response', () => {
    const { response } = fixture('authentication1');
    expect(credentialIdOf(response)).toBe(response.id);
  });

  it.each([null, undefined, {}, 'x', 42, { id: 5 }, { id: '' }, { id: 'not base64url!' }, { id: 'A'.repeat(2000) }])(
    '%o → null',
    (value) => {
      expect(credentialIdOf(value)).toBeNull();
    },
  );
});

describe('verifyAuthentication against recorded Chromium assertions', () => {
  it('accepts the first assertion and reports the new counter', async () => {
    // Registration left the counter at 1.
    expect((await storedCredential()).signCount).toBe(1);
    expect(await verifyRecorded('authentication1')).toEqual({
      ok: true,
      newSignCount: 2,
      reportedSignCount: 2,
      signCountRegressed: false,
      backupState: false,
    });
  });

  it('accepts the second (discoverable) assertion with a higher counter', async () => {
    expect(await verifyRecorded('authentication2', { signCount: 2 })).toMatchObject({
      ok: true,
      newSignCount: 3,
      signCountRegressed: false,
    });
  });

  it('accepts a counter that is not the next one but is higher (skipped uses elsewhere)', async () => {
    expect(await verifyRecorded('authentication2', { signCount: 0 })).toMatchObject({
      ok: true,
      newSignCount: 3,
      signCountRegressed: false,
    });
  });

  it('flags a replay with a stored counter higher than the response, without throwing', async () => {
    const result = await verifyRecorded('authentication1', { signCount: 3 });
    expect(result).toEqual({
      ok: true,
      newSignCount: 3, // never lowered
      reportedSignCount: 2,
      signCountRegressed: true,
      backupState: false,
    });
  });

  it('flags an equal counter as a regression', async () => {
    expect(await verifyRecorded('authentication1', { signCount: 2 })).toMatchObject({
      ok: true,
      signCountRegressed: true,
    });
  });

  it('still checks the signature when the counter regressed', async () => {
    const result = await verifyRecorded('authenticationBadSignature', { signCount: 100 });
    expect(result.ok).toBe(false);
  });

  it('rejects the signature Chromium forged (setResponseOverrideBits isBogusSignature)', async () => {
    // Chromium's bogus signature is a single zero byte, so the library fails to parse it.
    const result = await verifyRecorded('authenticationBadSignature', { signCount: 3 });
    expect(result.ok).toBe(false);
  });

  it('rejects a well-formed signature over other data', async () => {
    const response = fixture('authentication1').response;
    response.response.signature = fixture('authentication2').response.response.signature;
    const result = await verifyRecorded('authentication1', { response });
    expect(result).toEqual({ ok: false, reason: 'rejected: signature did not verify' });
  });

  it('rejects an assertion without user verification', async () => {
    const result = await verifyRecorded('authenticationNoUv', { signCount: 4 });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('User verification') });
  });

  it('rejects a different challenge', async () => {
    const result = await verifyRecorded('authentication1', { challenge: fixture('authentication2').options.challenge });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('challenge') });
  });

  it('rejects the wrong origin', async () => {
    const result = await verifyRecorded('authentication1', {
      config: { ...recordedConfig(), origins: ['https://hpki-device.example.jp'] },
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('origin') });
  });

  it('rejects the wrong RP ID', async () => {
    const result = await verifyRecorded('authentication1', {
      config: { ...recordedConfig(), rpId: 'example.com' },
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('RP ID') });
  });

  it('rejects a tampered clientDataJSON that keeps challenge and origin (signature covers it)', async () => {
    const { response } = fixture('authentication1');
    const clientData = JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString());
    response.response.clientDataJSON = b64url(JSON.stringify({ ...clientData, extra: 'tampered' }));
    const result = await verifyRecorded('authentication1', { response });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('signature') });
  });

  it('rejects authenticator data with a forged counter', async () => {
    const { response } = fixture('authentication1');
    const authData = Buffer.from(response.response.authenticatorData, 'base64url');
    authData.writeUInt32BE(1000, 33);
    response.response.authenticatorData = authData.toString('base64url');
    const result = await verifyRecorded('authentication1', { response });
    expect(result.ok).toBe(false);
  });

  it('rejects a response for another credential', async () => {
    const result = await verifyRecorded('authentication1', {
      credential: { credentialId: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('different credential') });
  });

  it('checks the user handle against the holder', async () => {
    const holderId = fixture('registration').user.id;
    expect((await verifyRecorded('authentication2', { signCount: 2, expectedUserId: holderId })).ok).toBe(true);
    const other = await verifyRecorded('authentication2', {
      signCount: 2,
      expectedUserId: '0b9e4f3c-8d21-4a6f-b7c5-2e1d9a8f6c34',
    });
    expect(other).toEqual({ ok: false, reason: expect.stringContaining('user handle') });
  });

  it.each([
    ['authentication2', 'left out'],
    ['authentication1', 'left out'],
    ['authentication2', null],
    ['authentication2', ''],
  ] as const)('refuses %s with the user handle %o (§7.2 step 6: discoverable credentials)', async (name, handle) => {
    const { response } = fixture(name);
    const { userHandle: _, ...rest } = response.response;
    response.response = (handle === 'left out' ? rest : { ...rest, userHandle: handle }) as typeof response.response;
    const result = await verifyRecorded(name, { signCount: 0, response });
    expect(result).toEqual({ ok: false, reason: 'rejected: no user handle' });
  });

  it('refuses BE=0 from a credential registered with BE=1, and says so', async () => {
    // The recorded authenticator is single-device (BE=0); pretend the registration said BE=1.
    expect((await storedCredential()).backupEligible).toBe(false);
    const result = await verifyRecorded('authentication1', { credential: { backupEligible: true } });
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('backup eligibility'),
      backupEligibilityChanged: { stored: true, reported: false },
    });
  });

  it('fails cleanly when the stored public key or counter is corrupt', async () => {
    expect((await verifyRecorded('authentication1', { credential: { publicKey: 'AAAA' } })).ok).toBe(false);
    expect((await verifyRecorded('authentication1', { credential: { publicKey: '' } })).ok).toBe(false);
    expect((await verifyRecorded('authentication1', { signCount: -1 })).ok).toBe(false);
    expect((await verifyRecorded('authentication1', { signCount: Number.NaN })).ok).toBe(false);
  });

  describe('never throws on garbage', () => {
    const huge = 'A'.repeat(2_000_000);
    const good = () => fixture('authentication1').response;
    const withResponse = (patch: Record<string, unknown>) => {
      const response = good();
      return { ...response, response: { ...response.response, ...patch } };
    };
    const cases: Array<[string, () => unknown]> = [
      ['null', () => null],
      ['undefined', () => undefined],
      ['empty object', () => ({})],
      ['a string', () => 'x'],
      ['an array', () => [good()]],
      ['huge id', () => ({ ...good(), id: huge, rawId: huge })],
      ['huge signature', () => withResponse({ signature: huge })],
      ['huge clientDataJSON', () => withResponse({ clientDataJSON: huge })],
      ['short authenticatorData', () => withResponse({ authenticatorData: 'AAAA' })],
      [
        'authenticatorData of 37 bytes minus one',
        () => withResponse({ authenticatorData: Buffer.alloc(36).toString('base64url') }),
      ],
      ['non-base64url signature', () => withResponse({ signature: 'a+b/c=' })],
      ['empty signature', () => withResponse({ signature: '' })],
      ['clientDataJSON not JSON', () => withResponse({ clientDataJSON: b64url('nope') })],
      ['userHandle object', () => withResponse({ userHandle: { a: 1 } })],
      ['wrong type', () => ({ ...good(), type: 'otp' })],
      ['a registration response', () => fixture('registration').response],
    ];
    it.each(cases)('%s → ok:false', async (_name, make) => {
      const result = await verifyRecorded('authentication1', { response: make() });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason.length).toBeLessThan(300);
    });
  });
});

describe('verifyAuthentication: backup eligibility (BE) against the registration (WebAuthn L3 §7.2)', () => {
  const config = recordedConfig();
  const rp = { rpId: config.rpId, origin: config.origins[0] ?? '' };
  const userId = fixture('registration').user.id;

  /** Registers a software passkey through verifyRegistration and returns it with the stored record. */
  async function registered(backup: { eligible: boolean; state: boolean }) {
    const passkey = new SoftPasskey(rp, userId, backup);
    const challenge = Buffer.from('registration challenge').toString('base64url');
    const result = await verifyRegistration({
      config,
      response: passkey.registration(challenge),
      expectedChallenge: challenge,
    });
    if (!result.ok) throw new Error(`soft passkey registration does not verify: ${result.reason}`);
    const { credentialId, publicKey, signCount, transports, backupEligible } = result.credential;
    return { passkey, stored: { credentialId, publicKey, signCount, transports, backupEligible } };
  }

  const assert = async (passkey: SoftPasskey, stored: StoredCredential) => {
    const challenge = Buffer.from('assertion challenge').toString('base64url');
    return verifyAuthentication({
      config,
      response: passkey.assertion(challenge),
      expectedChallenge: challenge,
      credential: stored,
      expectedUserId: userId,
    });
  };

  it('accepts the same BE as registered, whatever BS does', async () => {
    const single = await registered({ eligible: false, state: false });
    expect(single.stored.backupEligible).toBe(false);
    expect(await assert(single.passkey, single.stored)).toMatchObject({ ok: true, backupState: false });

    const synced = await registered({ eligible: true, state: false });
    expect(synced.stored.backupEligible).toBe(true);
    synced.passkey.backup = { eligible: true, state: true };
    expect(await assert(synced.passkey, synced.stored)).toMatchObject({ ok: true, backupState: true });
  });

  it('refuses BE=1/BS=1 from a credential registered with BE=0 (a correctly signed assertion)', async () => {
    const { passkey, stored } = await registered({ eligible: false, state: false });
    passkey.backup = { eligible: true, state: true };
    expect(await assert(passkey, stored)).toEqual({
      ok: false,
      reason: 'rejected: backup eligibility (BE) differs from the registration',
      backupEligibilityChanged: { stored: false, reported: true },
    });
  });
});
