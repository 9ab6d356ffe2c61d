/**
 * 初期登録用のパスワード（生年月日8桁）: parse a typed birth date into ISO `YYYY-MM-DD`.
 *
 * Browser-safe and pure. A `null` result is a *format* error (it must not count as a password
 * attempt); a real date that merely does not match is the caller's business.
 */

export const MIN_BIRTH_YEAR = 1900;

/** Hyphen/dash look-alikes that IMEs produce; mapped to `-` after NFKC. */
const DASHES_RE = /[\u2010-\u2015\u2212\u30FC\uFE58\uFE63\uFF70]/gu;

const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;
const SEPARATED_RE = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const KANJI_RE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Today's date as `YYYY-MM-DD` in Japan time (the service's reference time zone). */
function todayInJapan(now: Date): string {
  const jst = new Date(now.getTime() + 9 * 60 * 60 * 1000);
  return `${jst.getUTCFullYear()}-${pad2(jst.getUTCMonth() + 1)}-${pad2(jst.getUTCDate())}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * Accepts `19800401`, `1980/04/01`, `1980/4/1`, `1980-04-01`, `1980.04.01`, `1980年4月1日`,
 * full-width digits and separators, and surrounding/internal whitespace. The date must exist,
 * have a year from 1900 and not be after today (Japan time). Returns `YYYY-MM-DD` or `null`.
 *
 * @param now reference time for "not in the future" (for tests); defaults to the current time.
 */
export function parseBirthDate(input: string, now: Date = new Date()): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;

  const s = input.normalize('NFKC').replace(/\s+/gu, '').replace(DASHES_RE, '-');

  const m = COMPACT_RE.exec(s) ?? SEPARATED_RE.exec(s) ?? KANJI_RE.exec(s);
  if (!m) return null;

  // COMPACT/KANJI: [_, y, m, d]; SEPARATED: [_, y, sep, m, d].
  const parts = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
  const [y, mo, d] = parts.map((p) => Number(p));
  if (y === undefined || mo === undefined || d === undefined) return null;

  if (y < MIN_BIRTH_YEAR || !isRealDate(y, mo, d)) return null;

  const iso = `${y}-${pad2(mo)}-${pad2(d)}`;
  if (iso > todayInJapan(now)) return null;
  return iso;
}
