import 'server-only';
import { activeCredentialByWebauthnId, recordCredentialUse } from '@/lib/credentials';
import { withTransaction, type Tx } from '@/lib/db/client';
import type { Credential } from '@/lib/db/schema';
import { audit } from '@/lib/audit';
import {
  credentialIdOf,
  storedCredential,
  verifyAuthentication,
  type VerifyAuthenticationResult,
} from '@/lib/webauthn';
import { rpConfig } from './rp';

export type VerifiedAssertion = { credential: Credential; result: Extract<VerifyAuthenticationResult, { ok: true }> };

/**
 * Verifies an assertion against the active credential the browser names (optionally only among
 * one holder's). Every failure is `{ ok: false, reason }` for the audit log, never a throw; a
 * changed backup eligibility is also recorded as its own event for staff (possible clone).
 */
export async function verifyAssertion(
  response: unknown,
  challenge: string | null,
  options: { holderId?: string; ip: string | null },
): Promise<({ ok: true } & VerifiedAssertion) | { ok: false; reason: string; credential?: Credential }> {
  if (!challenge) return { ok: false, reason: 'no live challenge (expired or already used)' };
  const id = credentialIdOf(response);
  if (!id) return { ok: false, reason: 'malformed response' };
  const credential = await activeCredentialByWebauthnId(id, options.holderId);
  if (!credential) return { ok: false, reason: 'unknown or revoked credential' };
  const result = await verifyAuthentication({
    config: rpConfig(),
    response,
    expectedChallenge: challenge,
    credential: storedCredential(credential),
    expectedUserId: credential.holder_id,
  });
  if (!result.ok && result.backupEligibilityChanged) {
    const detail = result.backupEligibilityChanged;
    await withTransaction((tx) =>
      audit(tx, {
        type: 'credential.backupEligibilityChanged',
        outcome: 'fail',
        holderId: credential.holder_id,
        credentialId: credential.id,
        ip: options.ip,
        detail,
      }),
    );
  }
  if (!result.ok) return { ok: false, reason: result.reason, credential };
  return { ok: true, credential, result };
}

/** Stores what a verified assertion tells us: counter (never lowered), regression, last use. */
export async function recordAssertion(tx: Tx, verified: VerifiedAssertion, ip: string | null, now = Date.now()) {
  const { credential, result } = verified;
  await recordCredentialUse(tx, credential.id, result, now);
  if (result.signCountRegressed) {
    await audit(
      tx,
      {
        type: 'credential.signCountRegression',
        outcome: 'fail',
        holderId: credential.holder_id,
        credentialId: credential.id,
        ip,
        detail: { stored: credential.sign_count, reported: result.reportedSignCount },
      },
      now,
    );
  }
}
