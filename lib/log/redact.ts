/**
 * Redaction for logs and audit details (spec §10: no birth date, code, token, cookie or photo ever
 * reaches a log). Keys are matched by name; string values are also scanned for things that look like
 * a registration code or a date, so a secret under an innocent key is caught as well.
 */
import { isErrorCode } from '@/lib/messages';

const SECRET_KEY =
  /birth|password|passwd|code|token|cookie|secret|authorization|challenge|photo|image|attestation|clientdata|signature|private|publickey|public_key/i;
const CODE_LIKE =
  /\b[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]{4}-?[0-9A-HJKMNP-TV-Z]{4}\b/gi;
const DATE_LIKE = /\b(1[89]|20)\d{2}[-/.年]?\s?(0?[1-9]|1[0-2])[-/.月]?\s?(0?[1-9]|[12]\d|3[01])日?/g;
const R_PATH = /\/r\/[^\s/?#"']+/g;

export const REDACTED = '[redacted]';

export function redactString(value: string): string {
  return value.replace(R_PATH, `/r/${REDACTED}`).replace(CODE_LIKE, REDACTED).replace(DATE_LIKE, REDACTED);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Lower-case words joined by `.`, `:` or `-` ('terms.agreed', 'device-marker'), with no code in them. */
const isName = (v: string) => /^[a-z][a-zA-Z]*(?:[.:-][a-zA-Z]+)*$/.test(v) && redactString(v) === v;
const isUuid = (v: string) => UUID.test(v);
const isStaffActor = (v: string) => v.startsWith('staff:') && isUuid(v.slice('staff:'.length));
const TOKYO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00$/;

/**
 * Keys that carry facts support needs, never a secret: their value is kept as is when it has the
 * key's shape, and redacted like any other value when it does not. Without this list the terms
 * version reads as a birth date, a catalogue code's key contains "code", and an AAGUID or
 * credential id contains a run that looks like a registration code.
 */
const SAFE_KEYS: Record<string, (value: string) => boolean> = {
  termsVersion: (v) => ISO_DATE.test(v),
  messageCode: isErrorCode,
  reason: (v) => isErrorCode(v) || isName(v),
  type: isName,
  outcome: isName,
  step: isName,
  aaguid: isUuid,
  revoked: isUuid,
  // The staff account an event is about (lib/staff): an opaque UUID, as the actor column holds.
  staffId: isUuid,
  // The filters of an audit export (audit.exported): Japan-time instants the log itself wrote
  // (never a date someone typed), the holder's row id, and an actor as the actor column holds it.
  from: (v) => TOKYO_INSTANT.test(v),
  to: (v) => TOKYO_INSTANT.test(v),
  holderId: isUuid,
  actor: (v) => /^(?:doctor|system|anonymous|staff|operator|operator:[a-z0-9-]{1,40})$/.test(v) || isStaffActor(v),
};

function redactEntry(key: string, value: unknown, depth: number): unknown {
  const safe = Object.hasOwn(SAFE_KEYS, key) ? SAFE_KEYS[key] : undefined;
  if (safe && typeof value === 'string' && safe(value)) return value;
  return SECRET_KEY.test(key) ? REDACTED : redact(value, depth + 1);
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return REDACTED;
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactString(value.message) };
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactEntry(k, v, depth)]));
  }
  return value;
}
