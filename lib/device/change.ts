import 'server-only';
import { isUniqueViolation, withTransaction } from '@/lib/db/client';
import type { DeviceChange } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { audit } from '@/lib/audit';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { buildAuthenticationOptions, buildRegistrationOptions } from '@/lib/webauthn';
import { recordAssertion, verifyAssertion } from '@/lib/binding/assertion';
import { storeChallenge, takeChallenge } from '@/lib/binding/challenges';
import { storeNewCredential, verifiedNewCredential, type VerifiedCredential } from '@/lib/binding/attestation';
import { activeMarkedCredentials, replaceCredential, webauthnIdOf } from '@/lib/credentials';
import { holderForCeremony } from '@/lib/holders';
import { rpConfig } from '@/lib/binding/rp';
import { deviceChange } from './journey';
import { isFreshSignIn } from './store';

type Context = { change: DeviceChange; ip: string | null };
const owner = (change: Pick<DeviceChange, 'id'>) => `device:${change.id}`;
const registerFailure = (holderId: string, ip: string | null) => ({ type: 'device.register' as const, holderId, ip });

async function limit(ctx: Context) {
  const ok = await withinLimits([
    [RULES.deviceChangePerIp, ctx.ip],
    [RULES.deviceChangePerHolder, ctx.change.holder_id],
  ]);
  if (!ok) throw new AppError('rate.limited');
}

/**
 * /device, the entrance: each visit starts a fresh change at its first step, with its sign-in
 * options. Limited per address before anything is stored, since each visit writes a row.
 */
export async function startDeviceChange(ip: string | null) {
  if (!(await withinLimits([[RULES.deviceChangePerIp, ip]]))) throw new AppError('rate.limited');
  const { token, id } = await withTransaction((tx) => deviceChange.createAt(tx, 'signin'));
  return { token, options: await oldPhoneOptions({ id }) };
}

/** Step 1 (spec §6): a discoverable sign-in; the browser offers the old phone over hybrid or a synced copy. */
export async function oldPhoneOptions(change: Pick<DeviceChange, 'id'>) {
  // Rate-limited by the route before the change row is written.
  const options = await buildAuthenticationOptions({ config: rpConfig() });
  await storeChallenge(owner(change), 'device-signin', options.challenge);
  return options;
}

export async function verifyOldPhone(ctx: Context, response: unknown, now = Date.now()) {
  await limit(ctx);
  const verified = await verifyAssertion(response, await takeChallenge(owner(ctx.change), 'device-signin', now), {
    ip: ctx.ip,
  });
  if (!verified.ok) {
    await withTransaction((tx) =>
      audit(tx, {
        type: 'device.signin',
        outcome: 'fail',
        holderId: verified.credential?.holder_id,
        ip: ctx.ip,
        detail: { reason: verified.reason },
      }),
    );
    throw new AppError('auth.invalidResult');
  }
  const { credential } = verified;
  return withTransaction(async (tx) => {
    await recordAssertion(tx, verified, ctx.ip, now);
    const next = await deviceChange.advance(
      tx,
      ctx.change,
      'oldPhoneVerified',
      { set: { holder_id: credential.holder_id, old_credential_id: credential.id, authenticated_at: now } },
      now,
    );
    if (!next) throw new AppError('device.back');
    await audit(
      tx,
      { type: 'device.signin', outcome: 'ok', holderId: credential.holder_id, credentialId: credential.id, ip: ctx.ip },
      now,
    );
    return { next };
  });
}

function requireFresh(change: DeviceChange, now: number): { holderId: string; oldCredentialId: string } {
  if (change.step !== 'register' || !change.holder_id || !change.old_credential_id) throw new AppError('device.back');
  if (!isFreshSignIn(change, now)) throw new AppError('device.reauthRequired');
  return { holderId: change.holder_id, oldCredentialId: change.old_credential_id };
}

/** Step 2: creation options with the current credential excluded (this phone already holding it = no change needed). */
export async function newPhoneOptions(ctx: Context, markers: string[], now = Date.now()) {
  const { holderId, oldCredentialId } = requireFresh(ctx.change, now);
  await limit(ctx);
  const marked = await activeMarkedCredentials(markers);
  if (marked.some((m) => m.holder_id !== holderId)) throw new AppError('register.deviceHasOtherCertificate');
  const holder = await holderForCeremony(holderId);
  const oldWebauthnId = await webauthnIdOf(oldCredentialId);
  const options = await buildRegistrationOptions({
    config: rpConfig(),
    user: { id: holder.id, personId: holder.person_id, displayName: holder.name },
    excludeCredentialIds: [oldWebauthnId],
  });
  await storeChallenge(owner(ctx.change), 'device-register', options.challenge);
  return options;
}

/**
 * Stores the new passkey and revokes the old one in the same transaction (spec §6), the one
 * registration uses too (`storeNewCredential`): concurrent rotations serialise instead of colliding.
 */
export async function registerNewPhone(ctx: Context, response: unknown, userAgent: string | null, now = Date.now()) {
  const { holderId, oldCredentialId } = requireFresh(ctx.change, now);
  await limit(ctx);
  const c = await verifiedNewCredential({
    owner: owner(ctx.change),
    purpose: 'device-register',
    response,
    userAgent,
    failure: registerFailure(holderId, ctx.ip),
    now,
  });
  try {
    const next = await rotateCredential({
      holderId,
      oldCredentialId,
      change: ctx.change,
      credential: c,
      ip: ctx.ip,
      now,
    });
    if (!next) throw new AppError('device.back');
    return { credentialId: c.credentialId, next };
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('register.alreadyRegistered', { cause: err });
    throw err;
  }
}

/** Exported for the concurrency tests: revoke the old credential and store the new one, atomically. */
export async function rotateCredential(r: {
  holderId: string;
  oldCredentialId: string;
  change: DeviceChange | null;
  credential: VerifiedCredential;
  ip: string | null;
  now: number;
}) {
  const { holderId, oldCredentialId, credential: c, now } = r;
  return storeNewCredential(c, holderId, registerFailure(holderId, r.ip), now, async (tx) => {
    const replaced = await replaceCredential(tx, holderId, c, { credentialId: oldCredentialId }, 'device change', now);
    if (!replaced) throw new AppError('device.reauthRequired');
    const next = r.change
      ? await deviceChange.advance(tx, r.change, 'newPhoneRegistered', { set: { new_credential_id: c.id } }, now)
      : null;
    if (r.change && !next) throw new AppError('device.back');
    await audit(
      tx,
      {
        type: 'device.changed',
        outcome: 'ok',
        holderId,
        credentialId: c.id,
        ip: r.ip,
        detail: { revoked: oldCredentialId, provider: c.providerName },
      },
      now,
    );
    return next;
  });
}
