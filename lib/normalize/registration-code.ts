/**
 * 登録コード (registration code): the secret carried by the 初期登録用 QR コード.
 *
 * 20 characters of Crockford Base32 (100 bits). Printed under the QR in groups of four
 * (`ABCD-EFGH-…`) for manual entry, so the parser is deliberately tolerant of what people type.
 *
 * Browser-safe and pure: no Node APIs (the generator lives in `registration-code-generate.ts`).
 */

export const CODE_LENGTH = 20;

/** Crockford Base32 alphabet (no I, L, O, U). */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const CODE_RE = new RegExp(`^[${CROCKFORD_ALPHABET}]{${CODE_LENGTH}}$`);

/**
 * Whitespace (incl. U+3000 ideographic space, which `\s` covers), zero-width characters, and the
 * hyphen/dash family people (or IMEs) produce: hyphen-minus, ‐ ‑ ‒ – — ― (U+2010–2015), − (U+2212),
 * ー (U+30FC), ｰ (U+FF70), － (U+FF0D), ﹘ ﹣, ⸺ ⸻, ⁃, and underscore.
 */
const SEPARATORS_RE =
  /[\s\u200B-\u200D\u2060\uFEFF\-_\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\u30FC\uFE58\uFE63\uFF0D\uFF70]/gu;

/** A URL or path whose last segment is `/r/<code>`, optionally with a trailing slash, query or fragment. */
const PATH_RE = /(?:^|\/)r\/([^/?#]*)\/?(?:[?#].*)?$/i;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Normalise a typed or scanned registration code.
 *
 * Accepts lower case, full-width characters, spaces, hyphens/dashes, the Crockford look-alikes
 * (I, L → 1; O → 0), and a whole URL or path ending in `/r/<code>`. Returns the canonical
 * 20-character upper-case code, or `null` if the input cannot be one.
 */
export function normalizeRegistrationCode(input: string): string | null {
  if (typeof input !== 'string') return null;
  // Hard cap to keep pathological input cheap; a full URL is well under this.
  if (input.length > 2048) return null;

  let s = input.normalize('NFKC').trim();

  if (s.includes('/')) {
    const m = PATH_RE.exec(s);
    if (!m) return null;
    s = safeDecode(m[1] ?? '').normalize('NFKC');
  }

  s = s.replace(SEPARATORS_RE, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');

  return CODE_RE.test(s) ? s : null;
}

/**
 * Format a code for printing / manual entry: groups of four separated by `-`
 * (`ABCD-EFGH-JKMN-PQRS-TVWX`). Input that normalises is canonicalised first; anything else is
 * grouped as given.
 */
export function formatRegistrationCode(code: string): string {
  const s = normalizeRegistrationCode(code) ?? code;
  const groups: string[] = [];
  for (let i = 0; i < s.length; i += 4) groups.push(s.slice(i, i + 4));
  return groups.join('-');
}
