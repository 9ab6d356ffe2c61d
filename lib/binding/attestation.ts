import 'server-only';
import { randomUUID } from 'node:crypto';
import { lockHolder, withTransaction, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { describeDevice } from '@/lib/normalize/user-agent';
import { audit, type AuditEvent } from '@/lib/audit';
import { automaticLabel, verifyRegistration } from '@/lib/webauthn';
import { consumeChallenge, liveChallenge, type ChallengeClaim, type ChallengePurpose } from './challenges';
import type { CredentialToStore } from '@/lib/credentials';
import { rpConfig } from './rp';

/** A new passkey that verified, with the challenge it answered (consumed when it is stored). */
export type VerifiedCredential = CredentialToStore & { challenge: ChallengeClaim };
type Failure = Omit<AuditEvent<'registration.verify' | 'device.register'>, 'outcome' | 'detail'>;

/** Audits the failure and answers `register.invalidResult`; a challenge a bad response named is used up. */
async function refuse(failure: Failure, reason: string, burn?: ChallengeClaim): Promise<never> {
  await withTransaction(async (tx) => {
    if (burn) await consumeChallenge(tx, burn);
    await audit(tx, { ...failure, outcome: 'fail', detail: { reason } });
  });
  throw new AppError('register.invalidResult', { cause: reason });
}

/**
 * The new passkey of a registration or a device change, verified against the live challenge,
 * which stays in place until `storeNewCredential` consumes it; a failure uses it up, is audited and
 * answered `register.invalidResult`; a success comes back with its id and the automatic label
 * (spec §3 steps 7–8).
 */
export async function verifiedNewCredential(input: {
  owner: string;
  purpose: ChallengePurpose;
  response: unknown;
  userAgent: string | null;
  failure: Failure;
  now: number;
}): Promise<VerifiedCredential> {
  const claim = await liveChallenge(input.owner, input.purpose, input.now);
  if (!claim) return refuse(input.failure, 'no live challenge (expired or already used)');
  const verified = await verifyRegistration({
    config: rpConfig(),
    response: input.response,
    expectedChallenge: claim.challenge,
  });
  if (!verified.ok) return refuse(input.failure, verified.reason, claim);
  const c = verified.credential;
  const label = automaticLabel(c.providerName, describeDevice(input.userAgent ?? ''), new Date(input.now));
  return { ...c, id: randomUUID(), label, challenge: claim };
}

/**
 * The one transaction that stores a verified new passkey (registration and device change): the
 * holder's writers serialised (PostgreSQL, engineering.md Data), the challenge consumed, then
 * `store` inserts the credential with whatever else the step changes. All or nothing: after a
 * crash the challenge is still there and the same response posted again completes; of several
 * responses to one challenge exactly one is stored, the others are refused as a used challenge.
 */
export async function storeNewCredential<T>(
  c: VerifiedCredential,
  holderId: string,
  failure: Failure,
  now: number,
  store: (tx: Tx) => Promise<T>,
): Promise<T> {
  const outcome = await withTransaction(async (tx, engine) => {
    await lockHolder(tx, engine, holderId);
    if (!(await consumeChallenge(tx, c.challenge, now))) return { stored: false } as const;
    return { stored: true, value: await store(tx) } as const;
  });
  if (!outcome.stored) return refuse(failure, 'challenge already used by another response');
  return outcome.value;
}
