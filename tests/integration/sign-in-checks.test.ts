/**
 * The checks of WebAuthn §7.2 that the stored credential decides, in each of the three passkey
 * sign-ins: ログイン (spec §5), device change step 1 (§6) and 【セキュリティキーによるサインイン】 (§3
 * step 6). A response without a user handle, or with a backup eligibility (BE) other than the
 * registration's, is refused; a changed BE is also recorded for staff (issue 11, defects 8 and 9).
 */
import { randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import { verifyLogin, loginOptions } from '@/lib/auth/passkey-login';
import { completeSignIn, signInOptions } from '@/lib/binding/sign-in';
import { withTransaction } from '@/lib/db/client';
import { oldPhoneOptions, verifyOldPhone } from '@/lib/device/change';
import { deviceChanges } from '@/lib/device/store';
import { AppError } from '@/lib/errors';
import { createFlow, loadFlow } from '@/lib/flow/store';
import type { SoftPasskey } from '@/tests/support/soft-passkey';
import { post, registrationAtVerify } from './ceremonies';
import { describeEachEngine, holderInput } from './databases';

const ip = '192.0.2.20';
type Registered = { holderId: string; medicalRegistrationNumber: string; passkey: SoftPasskey };
type Answer = (passkey: SoftPasskey, r: Registered, userHandle: boolean) => Promise<string>;

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'ok';
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
}

const signIns: Array<[string, Answer]> = [
  [
    'ログイン',
    async (passkey, r, userHandle) => {
      const attemptToken = randomBytes(32).toString('base64url');
      const { challenge } = await loginOptions(attemptToken);
      const result = await verifyLogin({
        attemptToken,
        medicalRegistrationNumber: r.medicalRegistrationNumber,
        response: passkey.assertion(challenge, { userHandle }),
        ip,
      });
      return result.ok ? 'ok' : result.code;
    },
  ],
  [
    'device change (old phone)',
    async (passkey, _r, userHandle) => {
      const { token } = await withTransaction((tx) => deviceChanges.create(tx, 'signin'));
      const change = await deviceChanges.load(token);
      if (!change) throw new Error('device change not stored');
      const { challenge } = await oldPhoneOptions(change);
      return codeOf(() => verifyOldPhone({ change, ip }, passkey.assertion(challenge, { userHandle })));
    },
  ],
  [
    '【セキュリティキーによるサインイン】',
    async (passkey, r, userHandle) => {
      const { token } = await withTransaction((tx) => createFlow(tx, { step: 'register', holderId: r.holderId }));
      const flow = await loadFlow(token);
      if (!flow) throw new Error('flow not stored');
      const { challenge } = await signInOptions({ flow, ip });
      return codeOf(() => completeSignIn({ flow, ip }, passkey.assertion(challenge, { userHandle })));
    },
  ],
];

describeEachEngine('sign-in checks against the stored credential', (t) => {
  async function registered(): Promise<Registered> {
    const holder = holderInput();
    const c = await registrationAtVerify(holder, ip);
    expect(await post(c)).toEqual({ ok: true });
    return { holderId: c.holderId, medicalRegistrationNumber: holder.medicalRegistrationNumber, passkey: c.passkey };
  }
  const refused = (name: string) => (name === 'ログイン' ? 'auth.failed' : 'auth.invalidResult');

  for (const [name, answer] of signIns) {
    it(`${name}: refuses a response without a user handle`, async () => {
      const r = await registered();
      expect(await answer(r.passkey, r, false)).toBe(refused(name));
      expect(await answer(r.passkey, r, true)).toBe('ok');
    });

    it(`${name}: refuses BE=1/BS=1 from a passkey registered with BE=0, and records it`, async () => {
      const r = await registered();
      r.passkey.backup = { eligible: true, state: true };
      expect(await answer(r.passkey, r, true)).toBe(refused(name));
      const events = await t.db
        .selectFrom('audit_events')
        .select(['outcome', 'credential_id', 'detail'])
        .where('holder_id', '=', r.holderId)
        .where('type', '=', 'credential.backupEligibilityChanged')
        .execute();
      expect(events).toHaveLength(1);
      expect(events[0]?.outcome).toBe('fail');
      expect(events[0]?.credential_id).not.toBeNull();
      expect(JSON.parse(events[0]?.detail ?? '{}')).toEqual({ stored: false, reported: true });

      r.passkey.backup = { eligible: false, state: false };
      expect(await answer(r.passkey, r, true)).toBe('ok');
    });
  }
});
