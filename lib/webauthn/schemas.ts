import 'server-only';

import { z } from 'zod';

/*
 * Shape checks for the untrusted JSON a browser posts back after a ceremony. They run before
 * @simplewebauthn/server sees anything, so that malformed or oversized input is rejected with a
 * clear reason instead of surfacing as a library exception (spec §10 "bad input of any kind").
 * Limits are generous for real authenticators and small enough to bound the work per request.
 */

/** Unpadded base64url, as produced by browsers' `toJSON()` and @simplewebauthn/browser. */
const BASE64URL = /^[A-Za-z0-9_-]*$/;

function base64url(maxChars: number, minChars = 1) {
  return z.string().min(minChars).max(maxChars).regex(BASE64URL, 'not base64url');
}

/** A credential ID is at most 1023 bytes (WebAuthn §5.1) = 1364 base64url characters. */
export const MAX_CREDENTIAL_ID_CHARS = 1364;
export const credentialIdSchema = base64url(MAX_CREDENTIAL_ID_CHARS);

const transportsSchema = z.array(z.string().regex(/^[a-z0-9-]{1,32}$/)).max(10);

const clientExtensionResultsSchema = z
  .record(z.string(), z.unknown())
  .refine((value) => JSON.stringify(value).length <= 4096, 'clientExtensionResults too large')
  .default({});

const commonCredentialFields = {
  id: credentialIdSchema,
  rawId: credentialIdSchema,
  type: z.literal('public-key'),
  // Unsigned client hint: an unknown value is dropped rather than failing the ceremony.
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional().catch(undefined),
  clientExtensionResults: clientExtensionResultsSchema,
};

export const registrationResponseSchema = z
  .object({
    ...commonCredentialFields,
    response: z.object({
      clientDataJSON: base64url(8192),
      attestationObject: base64url(65536),
      authenticatorData: base64url(16384).optional(),
      transports: transportsSchema.optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: base64url(8192).optional(),
    }),
  })
  .refine((value) => value.id === value.rawId, 'id and rawId differ');

export const authenticationResponseSchema = z
  .object({
    ...commonCredentialFields,
    response: z.object({
      clientDataJSON: base64url(8192),
      // At least the 37 fixed bytes (rpIdHash, flags, signCount) = 50 base64url characters.
      authenticatorData: base64url(16384, 50),
      signature: base64url(4096),
      userHandle: base64url(128, 0)
        .nullish()
        .transform((value) => (value ? value : undefined)),
    }),
  })
  .refine((value) => value.id === value.rawId, 'id and rawId differ');

/** Only what is needed to look the credential up before full verification. */
export const credentialIdOnlySchema = z.object({ id: credentialIdSchema });

/** Short, log-safe summary of a zod failure (paths and messages, never values). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
