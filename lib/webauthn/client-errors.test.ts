import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { fixture } from '@/tests/fixtures/webauthn/fixtures';

import { mapAuthenticationError, mapRegistrationError } from './client-errors';

type Recorded = { name: string; code?: string; message: string; cause?: { name: string; message: string } };

/** Rebuild what @simplewebauthn/browser threw in Chromium (a WebAuthnError wrapping a DOMException). */
function rebuild(recorded: Recorded): Error {
  const cause = recorded.cause ? new DOMException(recorded.cause.message, recorded.cause.name) : undefined;
  const error = new Error(recorded.message, { cause }) as Error & { code?: string };
  error.name = recorded.name;
  if (recorded.code) error.code = recorded.code;
  return error;
}

const recorded = fixture('browserErrors').errors;

describe('mapRegistrationError (errors recorded from Chromium)', () => {
  it('maps the excluded-credential refusal to "device already holds a certificate"', () => {
    expect(mapRegistrationError(rebuild(recorded.excludedCredential))).toBe('register.deviceHasOtherCertificate');
  });

  it('maps NotAllowedError (cancel, timeout, UV refused) to cancelled', () => {
    expect(mapRegistrationError(rebuild(recorded.registrationUserVerificationFailed))).toBe('register.cancelled');
  });
});

describe('mapRegistrationError (other shapes)', () => {
  const webAuthnError = (code: string, causeName: string) => {
    const error = new Error('wrapped', { cause: new DOMException('x', causeName) }) as Error & {
      code: string;
    };
    error.name = causeName;
    error.code = code;
    return error;
  };

  it.each([
    [new DOMException('cancelled', 'NotAllowedError'), 'register.cancelled'],
    [new DOMException('aborted', 'AbortError'), 'register.cancelled'],
    [webAuthnError('ERROR_CEREMONY_ABORTED', 'AbortError'), 'register.cancelled'],
    [new DOMException('dup', 'InvalidStateError'), 'register.deviceHasOtherCertificate'],
    [
      webAuthnError('ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT', 'ConstraintError'),
      'register.noBiometrics',
    ],
    [
      webAuthnError('ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT', 'ConstraintError'),
      'register.noBiometrics',
    ],
    [new DOMException('no uv', 'ConstraintError'), 'register.noBiometrics'],
    [
      webAuthnError('ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG', 'NotSupportedError'),
      'register.unsupportedBrowser',
    ],
    [new DOMException('alg', 'NotSupportedError'), 'register.unsupportedBrowser'],
    [new Error('WebAuthn is not supported in this browser'), 'register.unsupportedBrowser'],
    [webAuthnError('ERROR_INVALID_DOMAIN', 'SecurityError'), 'register.failed'],
    [webAuthnError('ERROR_INVALID_RP_ID', 'SecurityError'), 'register.failed'],
    [webAuthnError('ERROR_AUTHENTICATOR_GENERAL_ERROR', 'UnknownError'), 'register.failed'],
    [new TypeError('Failed to fetch'), 'register.failed'],
    [new Error('Registration was not completed'), 'register.failed'],
    [null, 'register.failed'],
    [undefined, 'register.failed'],
    ['NotAllowedError', 'register.failed'],
    [{ name: 42, code: {}, cause: 'x' }, 'register.failed'],
  ] as const)('%o → %s', (err, expected) => {
    expect(mapRegistrationError(err)).toBe(expected);
  });
});

describe('mapAuthenticationError', () => {
  it('maps the recorded UV / cancel failure to cancelled', () => {
    expect(mapAuthenticationError(rebuild(recorded.authenticationUserVerificationFailed))).toBe('cancelled');
  });

  it.each([
    [new DOMException('x', 'NotAllowedError'), 'cancelled'],
    [new DOMException('x', 'AbortError'), 'cancelled'],
    [new DOMException('x', 'SecurityError'), 'failed'],
    [new DOMException('x', 'InvalidStateError'), 'failed'],
    [new Error('WebAuthn is not supported in this browser'), 'failed'],
    [null, 'failed'],
  ] as const)('%o → %s', (err, expected) => {
    expect(mapAuthenticationError(err)).toBe(expected);
  });
});

describe('client-errors.ts stays browser-safe', () => {
  it('imports neither server-only nor the server package', () => {
    const source = readFileSync(path.join(__dirname, 'client-errors.ts'), 'utf8');
    expect(source).not.toMatch(/from\s+['"]@simplewebauthn\/server/);
    expect(source).not.toMatch(/import\s+['"]server-only['"]/);
    expect(source).not.toMatch(/^import /m);
  });
});
