import 'server-only';

/*
 * The relying party (spec §3 step 7, §4, §10). The only module in the app that imports
 * @simplewebauthn/server; everything else goes through these functions and types.
 * Browser code imports './client-errors' directly instead.
 */
export type { RpConfig } from './config';
export { providerName, GENERIC_PROVIDER_NAME } from './aaguid';
export {
  buildRegistrationOptions,
  verifyRegistration,
  SUPPORTED_ALGORITHM_IDS,
  CEREMONY_TIMEOUT_MS,
  type NewCredential,
  type VerifyRegistrationResult,
} from './registration';
export {
  buildAuthenticationOptions,
  verifyAuthentication,
  credentialIdOf,
  storedCredential,
  type StoredCredential,
  type VerifyAuthenticationResult,
} from './authentication';
export { automaticLabel, MAX_LABEL_LENGTH } from './label';
export type { CeremonyOutcomeCode } from './client-errors';
export type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/server';
