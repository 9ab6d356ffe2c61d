import 'server-only';

import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';

import type { RpConfig } from './config';
import { base64urlToBytes, reasonFrom } from './internal';
import { CEREMONY_TIMEOUT_MS } from './registration';
import { authenticationResponseSchema, credentialIdOnlySchema, describeIssues } from './schemas';

export type StoredCredential = {
  credentialId: string;
  /** base64url of the COSE public key, as returned by verifyRegistration. */
  publicKey: string;
  signCount: number;
  transports: string[];
  /** The BE flag of the registration; it never changes for a credential (WebAuthn §6.1.3). */
  backupEligible: boolean;
};

/** A stored passkey row (doctors' `credentials`, `staff_credentials`) as verifyAuthentication reads it. */
export function storedCredential(row: {
  credential_id: string;
  public_key: string;
  sign_count: number;
  transports: string;
  backup_eligible: number;
}): StoredCredential {
  return {
    credentialId: row.credential_id,
    publicKey: row.public_key,
    signCount: row.sign_count,
    transports: JSON.parse(row.transports) as string[],
    backupEligible: row.backup_eligible === 1,
  };
}

export type VerifyAuthenticationResult =
  | {
      ok: true;
      /**
       * The sign count to persist: the authenticator's counter, or the stored one when the
       * counter went backwards (never lower it, so a cloned authenticator keeps being flagged).
       */
      newSignCount: number;
      /** The counter the authenticator reported in this assertion (for the audit log). */
      reportedSignCount: number;
      /** WebAuthn §7.2 step 21: possible cloned authenticator; record it and show it to staff. */
      signCountRegressed: boolean;
      backupState: boolean;
    }
  | {
      ok: false;
      reason: string;
      /**
       * Set when the signature verified but BE differs from the registration (§7.2): not the
       * credential we stored (cloned or altered); record it for staff, beyond the refusal.
       */
      backupEligibilityChanged?: { stored: boolean; reported: boolean };
    };

/**
 * Options for `navigator.credentials.get()`. With no (or an empty) allow list the request is for
 * a discoverable credential (ログイン §5, device change §6); UV is always required.
 */
export async function buildAuthenticationOptions(input: {
  config: RpConfig;
  allowCredentialIds?: string[];
}): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const ids = [...new Set(input.allowCredentialIds ?? [])];
  return generateAuthenticationOptions({
    rpID: input.config.rpId,
    allowCredentials: ids.length > 0 ? ids.map((id) => ({ id })) : undefined,
    timeout: CEREMONY_TIMEOUT_MS,
    userVerification: 'required',
  });
}

/**
 * The credential ID the browser says it used, to look the stored credential up before calling
 * verifyAuthentication. Validated (base64url, bounded); null for anything else. Not proof of
 * anything until verifyAuthentication succeeds.
 */
export function credentialIdOf(response: unknown): string | null {
  const parsed = credentialIdOnlySchema.safeParse(response);
  return parsed.success ? parsed.data.id : null;
}

/** Bytes 33..36 of authenticator data: the signature counter, big-endian (WebAuthn §6.1). */
function signCountOf(authenticatorData: Uint8Array): number {
  return new DataView(authenticatorData.buffer, authenticatorData.byteOffset, authenticatorData.byteLength).getUint32(
    33,
    false,
  );
}

/**
 * Verify an assertion (WebAuthn §7.2) against the stored credential. Never throws.
 *
 * `expectedUserId` is the credential's holder id. The user handle must be present and match it
 * (§7.2 step 6): ログイン and device change are discoverable requests, and every credential we
 * register is discoverable, so an allow-listed sign-in gets one too. BE must equal the stored
 * value (§7.2 of Level 3: "if credentialRecord.backupEligible is set, verify that currentBe is set").
 */
export async function verifyAuthentication(input: {
  config: RpConfig;
  response: unknown;
  expectedChallenge: string;
  credential: StoredCredential;
  expectedUserId: string;
}): Promise<VerifyAuthenticationResult> {
  try {
    const parsed = authenticationResponseSchema.safeParse(input.response);
    if (!parsed.success) {
      return { ok: false, reason: `malformed response: ${describeIssues(parsed.error)}` };
    }
    const response = parsed.data;
    const { credential } = input;

    // The library trusts the caller to pass the matching credential; check it here.
    if (response.id !== credential.credentialId) {
      return { ok: false, reason: 'rejected: response is for a different credential' };
    }
    if (response.response.userHandle === undefined) {
      return { ok: false, reason: 'rejected: no user handle' };
    }
    if (response.response.userHandle !== Buffer.from(input.expectedUserId, 'utf8').toString('base64url')) {
      return { ok: false, reason: 'rejected: user handle does not match the credential owner' };
    }
    if (!Number.isSafeInteger(credential.signCount) || credential.signCount < 0) {
      return { ok: false, reason: 'stored sign count is invalid' };
    }

    const authenticatorData = base64urlToBytes(response.response.authenticatorData);
    if (authenticatorData.byteLength < 37) {
      return { ok: false, reason: 'malformed response: authenticatorData shorter than 37 bytes' };
    }
    const reported = signCountOf(authenticatorData);
    const stored = credential.signCount;

    // WebAuthn §7.2 step 21: if either counter is non-zero, the new one must be greater. The
    // spec leaves the reaction to the RP; ours is to record it (spec §10), not to fail the user.
    // @simplewebauthn/server instead *throws* on this condition, and it does so before checking
    // the signature, so a throw would hide whether the assertion is even genuine. We therefore
    // detect the regression ourselves and hand the library a stored counter of 0, which turns
    // its check off (0 > 0 is false, and reported <= 0 only when reported is 0 too) while every
    // other check — challenge, origin, RP ID, UP/UV flags and the signature — still runs.
    // Result: a forged assertion still fails; a genuine one with a regressed counter passes
    // with signCountRegressed: true.
    const signCountRegressed = (reported > 0 || stored > 0) && reported <= stored;

    let verification;
    try {
      verification = await verifyAuthenticationResponse({
        response,
        expectedChallenge: input.expectedChallenge,
        expectedOrigin: input.config.origins,
        expectedRPID: input.config.rpId,
        credential: {
          id: credential.credentialId,
          publicKey: base64urlToBytes(credential.publicKey),
          counter: signCountRegressed ? 0 : stored,
          transports: credential.transports,
        },
        requireUserVerification: true,
      });
    } catch (error) {
      return { ok: false, reason: reasonFrom('rejected', error) };
    }
    if (!verification.verified) {
      return { ok: false, reason: 'rejected: signature did not verify' };
    }

    const info = verification.authenticationInfo;
    // The library reports BE as the device type (multiDevice = BE set) and compares nothing.
    const reportedBackupEligible = info.credentialDeviceType === 'multiDevice';
    if (reportedBackupEligible !== credential.backupEligible) {
      return {
        ok: false,
        reason: 'rejected: backup eligibility (BE) differs from the registration',
        backupEligibilityChanged: { stored: credential.backupEligible, reported: reportedBackupEligible },
      };
    }
    return {
      ok: true,
      newSignCount: Math.max(stored, info.newCounter),
      reportedSignCount: info.newCounter,
      signCountRegressed,
      backupState: info.credentialBackedUp,
    };
  } catch (error) {
    return { ok: false, reason: reasonFrom('unexpected', error) };
  }
}
