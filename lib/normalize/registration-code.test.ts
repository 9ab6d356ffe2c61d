import { describe, expect, it } from 'vitest';

import {
  CODE_LENGTH,
  CROCKFORD_ALPHABET,
  formatRegistrationCode,
  normalizeRegistrationCode,
} from './registration-code';

const CODE = 'ABCD0123EFGH4567JKMN';

describe('constants', () => {
  it('has a 20-character code and the Crockford alphabet', () => {
    expect(CODE_LENGTH).toBe(20);
    expect(CROCKFORD_ALPHABET).toBe('0123456789ABCDEFGHJKMNPQRSTVWXYZ');
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
  });
});

describe('normalizeRegistrationCode', () => {
  it('accepts a canonical code unchanged', () => {
    expect(normalizeRegistrationCode(CODE)).toBe(CODE);
    expect(normalizeRegistrationCode('0123456789ABCDEFGHJK')).toBe('0123456789ABCDEFGHJK');
    expect(normalizeRegistrationCode('MNPQRSTVWXYZ00000000')).toBe('MNPQRSTVWXYZ00000000');
  });

  it('upper-cases', () => {
    expect(normalizeRegistrationCode(CODE.toLowerCase())).toBe(CODE);
  });

  it('accepts full-width characters (NFKC)', () => {
    expect(normalizeRegistrationCode('ＡＢＣＤ０１２３ＥＦＧＨ４５６７ＪＫＭＮ')).toBe(CODE);
    expect(normalizeRegistrationCode('ａｂｃｄ０１２３ｅｆｇｈ４５６７ｊｋｍｎ')).toBe(CODE);
  });

  it('strips spaces, including ideographic spaces, tabs and surrounding whitespace', () => {
    expect(normalizeRegistrationCode('ABCD 0123 EFGH 4567 JKMN')).toBe(CODE);
    expect(normalizeRegistrationCode('ABCD\u30000123\u3000EFGH\u30004567\u3000JKMN')).toBe(CODE);
    expect(normalizeRegistrationCode('  ABCD\t0123\nEFGH4567JKMN  ')).toBe(CODE);
    expect(normalizeRegistrationCode('ABCD\u00A00123EFGH4567JKMN')).toBe(CODE);
  });

  it('strips hyphens and other dash characters', () => {
    expect(normalizeRegistrationCode('ABCD-0123-EFGH-4567-JKMN')).toBe(CODE);
    for (const dash of ['ー', '－', '–', '—', '‐', '‑', '―', '−', 'ｰ', '﹣', '_']) {
      expect(normalizeRegistrationCode(['ABCD', '0123', 'EFGH', '4567', 'JKMN'].join(dash))).toBe(CODE);
    }
    expect(normalizeRegistrationCode('ABCD - 0123 ー EFGH　－　4567 — JKMN')).toBe(CODE);
  });

  it('maps Crockford look-alikes I/L → 1 and O → 0', () => {
    expect(normalizeRegistrationCode('ABCDO123EFGH4567JKMN')).toBe(CODE);
    expect(normalizeRegistrationCode('abcdoi23efgh4567jkmn')).toBe('ABCD0123EFGH4567JKMN');
    expect(normalizeRegistrationCode('ABCD0L23EFGH4567JKMN')).toBe(CODE);
    expect(normalizeRegistrationCode('abcd0l23efgh4567jkmn')).toBe(CODE);
    expect(normalizeRegistrationCode('ＩＬＯＩＬＯＩＬＯＩＬＯＩＬＯＩＬＯＩＬ')).toBe('11011011011011011011');
  });

  it('rejects U (not in the alphabet) and other foreign characters', () => {
    expect(normalizeRegistrationCode('ABCDU123EFGH4567JKMN')).toBeNull();
    expect(normalizeRegistrationCode('abcdu123efgh4567jkmn')).toBeNull();
    expect(normalizeRegistrationCode('ABCD!123EFGH4567JKMN')).toBeNull();
    expect(normalizeRegistrationCode('ABCD.0123.EFGH.4567.JKMN')).toBeNull();
    expect(normalizeRegistrationCode('ABCDあ123EFGH4567JKMN')).toBeNull();
  });

  it('rejects wrong lengths', () => {
    expect(normalizeRegistrationCode('')).toBeNull();
    expect(normalizeRegistrationCode('   ')).toBeNull();
    expect(normalizeRegistrationCode('----')).toBeNull();
    expect(normalizeRegistrationCode(CODE.slice(0, 19))).toBeNull();
    expect(normalizeRegistrationCode(CODE + '0')).toBeNull();
    expect(normalizeRegistrationCode('A'.repeat(5000))).toBeNull();
  });

  it('accepts a whole URL ending in /r/<code>', () => {
    expect(normalizeRegistrationCode(`https://hpki.example.jp/r/${CODE}`)).toBe(CODE);
    expect(normalizeRegistrationCode(`http://127.0.0.1:3000/r/${CODE.toLowerCase()}`)).toBe(CODE);
    expect(normalizeRegistrationCode(`https://hpki.example.jp/r/${CODE}/`)).toBe(CODE);
    expect(normalizeRegistrationCode(`https://hpki.example.jp/r/${CODE}?utm=x#frag`)).toBe(CODE);
    expect(normalizeRegistrationCode(`  https://hpki.example.jp/r/${CODE}\n`)).toBe(CODE);
    expect(normalizeRegistrationCode(`https://hpki.example.jp/app/r/${CODE}`)).toBe(CODE);
    expect(normalizeRegistrationCode(`HTTPS://HPKI.EXAMPLE.JP/R/${CODE}`)).toBe(CODE);
  });

  it('accepts a path ending in /r/<code>, with separators or percent-encoding', () => {
    expect(normalizeRegistrationCode(`/r/${CODE}`)).toBe(CODE);
    expect(normalizeRegistrationCode(`r/${CODE}`)).toBe(CODE);
    expect(normalizeRegistrationCode('/r/ABCD-0123-EFGH-4567-JKMN')).toBe(CODE);
    expect(normalizeRegistrationCode('/r/ABCD%200123%20EFGH%204567%20JKMN')).toBe(CODE);
    expect(normalizeRegistrationCode('／ｒ／ＡＢＣＤ０１２３ＥＦＧＨ４５６７ＪＫＭＮ')).toBe(CODE);
    // malformed percent-encoding does not throw
    expect(normalizeRegistrationCode('/r/ABCD%E0123EFGH4567JKMN')).toBeNull();
  });

  it('rejects URLs and paths that do not end in /r/<valid code>', () => {
    expect(normalizeRegistrationCode(`https://hpki.example.jp/x/${CODE}`)).toBeNull();
    expect(normalizeRegistrationCode(`https://hpki.example.jp/r/${CODE}/extra`)).toBeNull();
    expect(normalizeRegistrationCode(`https://hpki.example.jp/?code=${CODE}`)).toBeNull();
    expect(normalizeRegistrationCode('https://hpki.example.jp/r/')).toBeNull();
    expect(normalizeRegistrationCode('https://hpki.example.jp/r/ABCDU123EFGH4567JKMN')).toBeNull();
    expect(normalizeRegistrationCode('https://hpki.example.jp/r/SHORT')).toBeNull();
    expect(normalizeRegistrationCode(`ABCD/${CODE}`)).toBeNull();
  });

  it('is idempotent', () => {
    const once = normalizeRegistrationCode('abcd-oi23 efgh－４５６７ ｊｋｍｎ');
    expect(once).toBe('ABCD0123EFGH4567JKMN');
    expect(normalizeRegistrationCode(once ?? '')).toBe(once);
  });

  it('returns null for non-string input at runtime', () => {
    expect(normalizeRegistrationCode(undefined as unknown as string)).toBeNull();
    expect(normalizeRegistrationCode(12345 as unknown as string)).toBeNull();
  });
});

describe('formatRegistrationCode', () => {
  it('groups a code in fours separated by hyphens', () => {
    expect(formatRegistrationCode(CODE)).toBe('ABCD-0123-EFGH-4567-JKMN');
  });

  it('canonicalises input that normalises', () => {
    expect(formatRegistrationCode('abcd o123 efgh 4567 jkmn')).toBe('ABCD-0123-EFGH-4567-JKMN');
    expect(formatRegistrationCode('ABCD-0123-EFGH-4567-JKMN')).toBe('ABCD-0123-EFGH-4567-JKMN');
  });

  it('groups other input as given', () => {
    expect(formatRegistrationCode('')).toBe('');
    expect(formatRegistrationCode('ABCDEF')).toBe('ABCD-EF');
    expect(formatRegistrationCode('ABCD')).toBe('ABCD');
  });

  it('round-trips through normalizeRegistrationCode', () => {
    expect(normalizeRegistrationCode(formatRegistrationCode(CODE))).toBe(CODE);
  });
});
