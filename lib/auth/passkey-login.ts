import 'server-only';
import { holderRegistrationNumber } from '@/lib/holders';
import { timingSafeEqual } from 'node:crypto';
import { withTransaction } from '@/lib/db/client';
import { normalizeMedicalRegistrationNumber } from '@/lib/normalize/person-id';
import { audit } from '@/lib/audit';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { hashToken } from '@/lib/security/secrets';
import { buildAuthenticationOptions } from '@/lib/webauthn';
import { recordAssertion, verifyAssertion } from '@/lib/binding/assertion';
import { storeChallenge, takeChallenge } from '@/lib/binding/challenges';
import { rpConfig } from '@/lib/binding/rp';
import { createSignInResult } from './sign-in-results';
import { atLeast } from './timing';

/** Every verify answer takes at least this long, success or failure alike. */
export const LOGIN_RESPONSE_FLOOR_MS = 400;

const owner = (attemptToken: string) => `login:${hashToken(attemptToken)}`;

/** Discoverable-credential request options (spec §5): the browser offers the doctor's passkey. */
export async function loginOptions(attemptToken: string) {
  const options = await buildAuthenticationOptions({ config: rpConfig() });
  await storeChallenge(owner(attemptToken), 'login', options.challenge);
  return options;
}

function sameNumber(a: string, b: string): boolean {
  const x = Buffer.from(a.padStart(8, '0'));
  const y = Buffer.from(b.padStart(8, '0'));
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Verifies the passkey and that it belongs to the holder with this 医籍登録番号. Any failure —
 * wrong number, unknown passkey, revoked credential, bad signature, rate limit — is the same
 * `auth.failed`, with the same status and no faster answer (no account enumeration).
 */
export async function verifyLogin(input: {
  attemptToken: string | undefined;
  medicalRegistrationNumber: string;
  response: unknown;
  ip: string | null;
}): Promise<{ ok: true; token: string } | { ok: false; code: 'auth.failed' }> {
  const startedAt = Date.now();
  const fail = async (reason: string, holderId?: string) => {
    await withTransaction((tx) =>
      audit(tx, { type: 'login.verify', outcome: 'fail', holderId, ip: input.ip, detail: { reason } }),
    );
    return atLeast(startedAt, LOGIN_RESPONSE_FLOOR_MS, { ok: false as const, code: 'auth.failed' as const });
  };
  if (!(await withinLimits([[RULES.passkeyLoginPerIp, input.ip]]))) return fail('rate limited');
  if (!input.attemptToken) return fail('no login attempt');
  const challenge = await takeChallenge(owner(input.attemptToken), 'login');
  const verified = await verifyAssertion(input.response, challenge, { ip: input.ip });
  if (!verified.ok) return fail(verified.reason, verified.credential?.holder_id);
  const holder = await holderRegistrationNumber(verified.credential.holder_id);
  // A support sandbox holder (再現する) is never a real doctor: no 券面情報 for it.
  if (holder.sandbox === 1) return fail('sandbox holder', holder.id);
  const given = normalizeMedicalRegistrationNumber(input.medicalRegistrationNumber.slice(0, 20)) ?? '';
  if (!sameNumber(given, holder.medical_registration_number))
    return fail('medical registration number mismatch', holder.id);
  await withTransaction(async (tx) => {
    await recordAssertion(tx, verified, input.ip);
    await audit(tx, {
      type: 'login.verify',
      outcome: 'ok',
      holderId: holder.id,
      credentialId: verified.credential.id,
      ip: input.ip,
    });
  });
  const token = await createSignInResult(holder.id, verified.credential.id);
  return atLeast(startedAt, LOGIN_RESPONSE_FLOOR_MS, { ok: true as const, token });
}
