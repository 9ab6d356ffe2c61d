/**
 * Browser-safe input normalisers. `registration-code-generate` (node:crypto) is deliberately not
 * re-exported here; import it directly from server code.
 */
export {
  CODE_LENGTH,
  CROCKFORD_ALPHABET,
  formatRegistrationCode,
  normalizeRegistrationCode,
} from './registration-code';
export { MIN_BIRTH_YEAR, parseBirthDate } from './birth-date';
export { LABEL_MAX, normalizeLabel } from './label';
export { normalizeCardId, normalizeMedicalRegistrationNumber, normalizePersonId } from './person-id';
export { UNKNOWN_DEVICE, describeDevice, isIpad } from './user-agent';
export type { BrowserKind, DeviceKind } from './user-agent';
