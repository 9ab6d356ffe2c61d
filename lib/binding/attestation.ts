import 'server-only';
import { randomUUID } from 'node:crypto';
import { withTransaction } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { describeDevice } from '@/lib/normalize/user-agent';
import { audit, type AuditEvent } from '@/lib/security/audit';
import { automaticLabel, verifyRegistration } from '@/lib/webauthn';
import { takeChallenge, type ChallengePurpose } from './challenges';
import type { CredentialToStore } from './credentials';
import { rpConfig } from './rp';

/**
 * The new passkey of a registration or a device change: the challenge is taken out before anything
 * is verified (single use), a failure is audited and answered `register.invalidResult`, and a
 * success comes back with its id and the automatic label (spec §3 steps 7–8).
 */
export async function verifiedNewCredential(input: {
  owner: string;
  purpose: ChallengePurpose;
  response: unknown;
  userAgent: string | null;
  failure: Omit<AuditEvent<'registration.verify' | 'device.register'>, 'outcome' | 'detail'>;
  now: number;
}): Promise<CredentialToStore> {
  const challenge = await takeChallenge(input.owner, input.purpose, input.now);
  const verified = challenge
    ? await verifyRegistration({ config: rpConfig(), response: input.response, expectedChallenge: challenge })
    : ({ ok: false, reason: 'no live challenge (expired or already used)' } as const);
  if (!verified.ok) {
    await withTransaction((tx) =>
      audit(tx, { ...input.failure, outcome: 'fail', detail: { reason: verified.reason } }),
    );
    throw new AppError('register.invalidResult', { cause: verified.reason });
  }
  const c = verified.credential;
  const label = automaticLabel(c.providerName, describeDevice(input.userAgent ?? ''), new Date(input.now));
  return { ...c, id: randomUUID(), label };
}
