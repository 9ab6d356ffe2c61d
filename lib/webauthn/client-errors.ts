/*
 * Browser-safe: imported by the client components that run the ceremonies. No server-only, no
 * @simplewebauthn/server.
 *
 * @simplewebauthn/browser wraps DOMExceptions from navigator.credentials.* in a WebAuthnError
 * whose `name` is the DOMException's name, `code` says why (e.g.
 * 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') and `cause` is the original exception. Errors it
 * cannot classify are rethrown unchanged, and a browser without WebAuthn gets a plain Error. We
 * therefore look at `code`, then `name`, then `cause.name`.
 */

export type CeremonyOutcomeCode =
  | 'register.cancelled'
  | 'register.deviceHasOtherCertificate'
  | 'register.invalidResult'
  | 'register.unsupportedBrowser'
  | 'register.noBiometrics'
  | 'register.failed'
  | 'auth.invalidResult'
  | 'device.noChangeNeeded'
  | 'device.oldPhoneUnavailable';

type ErrorFacts = { code: string | undefined; names: string[]; message: string };

function factsOf(err: unknown): ErrorFacts {
  if (typeof err !== 'object' || err === null) {
    return { code: undefined, names: [], message: typeof err === 'string' ? err : '' };
  }
  const record = err as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
  const names: string[] = [];
  if (typeof record.name === 'string') names.push(record.name);
  const cause = record.cause;
  if (typeof cause === 'object' && cause !== null) {
    const causeName = (cause as { name?: unknown }).name;
    if (typeof causeName === 'string') names.push(causeName);
  }
  return {
    code: typeof record.code === 'string' ? record.code : undefined,
    names,
    message: typeof record.message === 'string' ? record.message : '',
  };
}

/** Thrown by startRegistration/startAuthentication before any ceremony when WebAuthn is absent. */
const NO_WEBAUTHN_MESSAGE = 'WebAuthn is not supported in this browser';

/** Map whatever startRegistration() threw to the outcome the UI shows (spec §3 step 7). */
export function mapRegistrationError(err: unknown): CeremonyOutcomeCode {
  const { code, names, message } = factsOf(err);
  const is = (name: string) => names.includes(name);

  switch (code) {
    case 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED':
      return 'register.deviceHasOtherCertificate';
    case 'ERROR_CEREMONY_ABORTED':
      return 'register.cancelled';
    case 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT':
    case 'ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT':
      return 'register.noBiometrics';
    case 'ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG':
      return 'register.unsupportedBrowser';
    case 'ERROR_INVALID_DOMAIN':
    case 'ERROR_INVALID_RP_ID':
    case 'ERROR_INVALID_USER_ID_LENGTH':
    case 'ERROR_MALFORMED_PUBKEYCREDPARAMS':
    case 'ERROR_AUTHENTICATOR_GENERAL_ERROR':
      // Our configuration or the authenticator failed; nothing the doctor did.
      return 'register.failed';
    default:
      break;
  }

  // The authenticator already holds one of the excluded credentials (§4, FAQ Q3).
  if (is('InvalidStateError')) return 'register.deviceHasOtherCertificate';
  // Cancel, timeout, or UV refused: browsers report all three as NotAllowedError.
  if (is('NotAllowedError') || is('AbortError')) return 'register.cancelled';
  // Platform authenticator cannot do UV / resident keys: no biometrics or screen lock set up.
  if (is('ConstraintError')) return 'register.noBiometrics';
  if (is('NotSupportedError') || message === NO_WEBAUTHN_MESSAGE) {
    return 'register.unsupportedBrowser';
  }
  return 'register.failed';
}

/** Map whatever startAuthentication() threw: a cancel (retry offered) or a failure. */
export function mapAuthenticationError(err: unknown): 'cancelled' | 'failed' {
  const { code, names } = factsOf(err);
  if (code === 'ERROR_CEREMONY_ABORTED') return 'cancelled';
  if (names.includes('NotAllowedError') || names.includes('AbortError')) return 'cancelled';
  return 'failed';
}
