/**
 * Redaction for logs and audit details (spec §10: no birth date, code, token, cookie or photo ever
 * reaches a log). Keys are matched by name; string values are also scanned for things that look like
 * a registration code or a date, so a secret under an innocent key is caught as well.
 */
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

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 6) return REDACTED;
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactString(value.message) };
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : redact(v, depth + 1)]),
    );
  }
  return value;
}
