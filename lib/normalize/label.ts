/**
 * ラベル: a credential's display name. Browser-safe and pure.
 */

export const LABEL_MAX = 64;

/**
 * Invisible format characters removed outright (before whitespace folding, since JS `\s` counts
 * U+FEFF as whitespace): zero-width space, word joiner, BOM / zero-width no-break space, and the
 * bidi embedding/override/isolate controls (which could make a label display misleadingly).
 * ZWJ/ZWNJ are kept because emoji sequences and some scripts need them.
 */
const INVISIBLE_RE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/gu;

/** C0/C1 control characters left after whitespace (tab, newline, …) has been folded to spaces. */
const CONTROL_RE = /\p{Cc}/gu;

/**
 * NFKC, fold every whitespace run (incl. tabs, newlines and U+3000) to one space, strip control
 * characters, trim. Returns `null` when the result is empty or longer than {@link LABEL_MAX}
 * code points.
 */
export function normalizeLabel(input: string): string | null {
  if (typeof input !== 'string') return null;
  const s = input
    .normalize('NFKC')
    .replace(INVISIBLE_RE, '')
    .replace(/\s+/gu, ' ')
    .replace(CONTROL_RE, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  if (s === '') return null;
  if ([...s].length > LABEL_MAX) return null;
  return s;
}
