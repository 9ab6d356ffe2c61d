/**
 * The search key of a フリガナ: NFKC (half-width katakana → full-width), hiragana → katakana, and
 * no spaces or middle dots, so 「やまだ はなこ」, 「ﾔﾏﾀﾞ ﾊﾅｺ」 and 「ヤマダ・ハナコ」 find the same
 * holder. Null when what is left is not katakana (then it is not a kana search). Browser-safe.
 */
export function kanaSearchKey(input: string): string | null {
  if (typeof input !== 'string' || input.length > 100) return null;
  const s = input
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/[\s\u200B\uFEFF・･]/gu, '');
  return s !== '' && /^[\p{Script=Katakana}ー]+$/u.test(s) ? s : null;
}

/** The first string after every string that starts with `prefix` (for an indexed range scan). */
export function prefixUpperBound(prefix: string): string {
  return `${prefix}\uFFFF`;
}
