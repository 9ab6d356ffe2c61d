/**
 * Identifiers printed on the 医師資格証 / QR card. Browser-safe and pure.
 */

/** Whitespace (incl. U+3000) and hyphen/dash look-alikes, after NFKC. */
const SPACES_AND_DASHES_RE = /[\s\u200B\uFEFF\-\u2010-\u2015\u2212\u30FC\uFE58\uFE63\uFF0D\uFF70]/gu;

/** 本人ID: exactly 10 digits. Tolerates full-width digits, spaces and hyphens. */
export function normalizePersonId(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const s = input.normalize('NFKC').replace(SPACES_AND_DASHES_RE, '');
  return /^\d{10}$/.test(s) ? s : null;
}

/** カードID: exactly 12 of `[0-9A-Z]`. Tolerates lower case, full-width, spaces and hyphens. */
export function normalizeCardId(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const s = input.normalize('NFKC').replace(SPACES_AND_DASHES_RE, '').toUpperCase();
  return /^[0-9A-Z]{12}$/.test(s) ? s : null;
}

/**
 * 医籍登録番号: 1–6 digits (after removing leading zeros). Tolerates full-width digits and spaces.
 * Leading zeros are dropped (`000123` → `123`); all zeros is invalid.
 */
export function normalizeMedicalRegistrationNumber(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const s = input.normalize('NFKC').replace(/[\s\u200B\uFEFF]/gu, '');
  if (!/^\d+$/.test(s)) return null;
  const stripped = s.replace(/^0+/, '');
  if (stripped.length < 1 || stripped.length > 6) return null;
  return stripped;
}
