import 'server-only';

import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type PublicKeyCredentialCreationOptionsJSON,
} from '@simplewebauthn/server';

import { providerName } from './aaguid';
import type { RpConfig } from './config';
import { bytesToBase64url, isBase64url, reasonFrom } from './internal';
import { MAX_CREDENTIAL_ID_CHARS, describeIssues, registrationResponseSchema } from './schemas';

/** ES256 then RS256 (spec §3 step 7). The same list is enforced when verifying. */
export const SUPPORTED_ALGORITHM_IDS = [-7, -257];
/** 300 s: a doctor may need time to find the biometric prompt (spec §3 step 7). */
export const CEREMONY_TIMEOUT_MS = 300_000;

export type NewCredential = {
  /** base64url, taken from the signed authenticator data. */
  credentialId: string;
  /** base64url of the COSE public key. */
  publicKey: string;
  signCount: number;
  transports: string[];
  aaguid: string;
  providerName: string;
  deviceType: 'singleDevice' | 'multiDevice';
  backupEligible: boolean;
  backupState: boolean;
  /** The UV flag of the registration (always true: UV is required). */
  uvInitialized: boolean;
};

export type VerifyRegistrationResult = { ok: true; credential: NewCredential } | { ok: false; reason: string };

/**
 * Options for `navigator.credentials.create()` (spec §3 step 7). Read the challenge from the
 * returned `challenge` and store it server-side (single use, 5 minutes).
 *
 * `excludeCredentialIds` are the holder's credentials plus the device marker's credential (§4).
 * The marker comes from the browser, so malformed or oversized IDs are dropped here instead of
 * failing the whole request; transports are omitted so the browser checks every authenticator.
 */
export async function buildRegistrationOptions(input: {
  config: RpConfig;
  user: { id: string; personId: string; displayName: string };
  excludeCredentialIds: string[];
}): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { config, user } = input;
  // The user handle is the UTF-8 bytes of our holder id: opaque, no personal data, and the
  // WebAuthn limit is 1..64 bytes (a UUID is 36).
  const userID = new TextEncoder().encode(user.id);
  if (userID.byteLength < 1 || userID.byteLength > 64) {
    throw new Error('user.id must be 1..64 bytes of UTF-8');
  }

  const excludeIds = [...new Set(input.excludeCredentialIds)].filter(
    (id) => id.length <= MAX_CREDENTIAL_ID_CHARS && isBase64url(id),
  );

  return generateRegistrationOptions({
    rpName: config.rpName,
    rpID: config.rpId,
    userName: user.personId,
    userID,
    userDisplayName: user.displayName,
    timeout: CEREMONY_TIMEOUT_MS,
    attestationType: config.attestation,
    excludeCredentials: excludeIds.map((id) => ({ id })),
    // A fresh object each call: the library mutates it (requireResidentKey, attachment).
    authenticatorSelection: {
      authenticatorAttachment: 'platform',
      residentKey: 'required',
      userVerification: 'required',
    },
    supportedAlgorithmIDs: SUPPORTED_ALGORITHM_IDS,
    // v14 has no `hints` option: 'localDevice' is what emits hints: ['client-device'] (and it
    // also sets authenticatorAttachment 'platform', which we want anyway).
    preferredAuthenticatorType: 'localDevice',
  });
}

/**
 * Verify the browser's registration response (WebAuthn §7.1). Never throws: malformed input,
 * a wrong challenge / origin / RP ID, a missing UV flag or a bad attestation all come back as
 * `{ ok: false, reason }`, where `reason` is a short English line for logs (never shown to users).
 */
export async function verifyRegistration(input: {
  config: RpConfig;
  response: unknown;
  expectedChallenge: string;
}): Promise<VerifyRegistrationResult> {
  try {
    const parsed = registrationResponseSchema.safeParse(input.response);
    if (!parsed.success) {
      return { ok: false, reason: `malformed response: ${describeIssues(parsed.error)}` };
    }
    const response = parsed.data;

    let verification;
    try {
      verification = await verifyRegistrationResponse({
        response,
        expectedChallenge: input.expectedChallenge,
        expectedOrigin: input.config.origins,
        expectedRPID: input.config.rpId,
        requireUserPresence: true,
        requireUserVerification: true,
        supportedAlgorithmIDs: SUPPORTED_ALGORITHM_IDS,
      });
    } catch (error) {
      return { ok: false, reason: reasonFrom('rejected', error) };
    }
    if (!verification.verified) {
      return { ok: false, reason: 'rejected: attestation statement did not verify' };
    }

    const info = verification.registrationInfo;
    // The library does not compare the client-reported id with the credential ID inside the
    // authenticator data; we store the latter, so insist they agree.
    if (info.credential.id !== response.id) {
      return { ok: false, reason: 'rejected: response id differs from authenticator data' };
    }
    // Belt and braces: requireUserVerification already enforces this.
    if (!info.userVerified) {
      return { ok: false, reason: 'rejected: user not verified' };
    }

    const transports = [...new Set(response.response.transports ?? [])];
    return {
      ok: true,
      credential: {
        credentialId: info.credential.id,
        publicKey: bytesToBase64url(info.credential.publicKey),
        signCount: info.credential.counter,
        transports,
        aaguid: info.aaguid,
        providerName: providerName(info.aaguid),
        deviceType: info.credentialDeviceType,
        backupEligible: info.credentialDeviceType === 'multiDevice',
        backupState: info.credentialBackedUp,
        uvInitialized: info.userVerified,
      },
    };
  } catch (error) {
    return { ok: false, reason: reasonFrom('unexpected', error) };
  }
}
