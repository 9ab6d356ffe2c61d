import { describe, expect, it } from 'vitest';

import { LABEL_MAX, normalizeLabel } from './label';

describe('normalizeLabel', () => {
  it('keeps an ordinary label', () => {
    expect(normalizeLabel('iCloud キーチェーン (iPhone) 2026/11/26')).toBe('iCloud キーチェーン (iPhone) 2026/11/26');
    expect(normalizeLabel('私のスマホ')).toBe('私のスマホ');
  });

  it('applies NFKC', () => {
    expect(normalizeLabel('ｉＰｈｏｎｅ　１５')).toBe('iPhone 15');
    expect(normalizeLabel('ｶﾀｶﾅ')).toBe('カタカナ');
    expect(normalizeLabel('①')).toBe('1');
  });

  it('trims and collapses whitespace runs (incl. tabs, newlines, ideographic spaces)', () => {
    expect(normalizeLabel('  my   phone  ')).toBe('my phone');
    expect(normalizeLabel('my\t\tphone')).toBe('my phone');
    expect(normalizeLabel('my\r\nphone')).toBe('my phone');
    expect(normalizeLabel('\u3000私の\u3000\u3000スマホ\u3000')).toBe('私の スマホ');
    expect(normalizeLabel('a \u00A0 b')).toBe('a b');
  });

  it('strips control and invisible characters', () => {
    expect(normalizeLabel('my\u0000phone')).toBe('myphone');
    expect(normalizeLabel('my\u0007\u001bphone\u007f')).toBe('myphone');
    expect(normalizeLabel('my\u0085phone')).toBe('myphone'); // NEL is a C1 control, not JS whitespace
    expect(normalizeLabel('my\u009bphone')).toBe('myphone');
    expect(normalizeLabel('\u202Eenohp\u202C')).toBe('enohp');
    expect(normalizeLabel('a\u200Bb\uFEFFc\u2066d\u2069')).toBe('abcd');
    expect(normalizeLabel('a \u0000 b')).toBe('a b');
  });

  it('keeps emoji including ZWJ sequences', () => {
    expect(normalizeLabel('👩‍⚕️ の端末')).toBe('👩‍⚕️ の端末');
  });

  it('rejects empty results', () => {
    expect(normalizeLabel('')).toBeNull();
    expect(normalizeLabel('   ')).toBeNull();
    expect(normalizeLabel('\u3000\t\n')).toBeNull();
    expect(normalizeLabel('\u0000\u0001')).toBeNull();
    expect(normalizeLabel('\u200B')).toBeNull();
  });

  it('allows exactly 64 characters and rejects 65', () => {
    expect(LABEL_MAX).toBe(64);
    expect(normalizeLabel('a'.repeat(64))).toBe('a'.repeat(64));
    expect(normalizeLabel('a'.repeat(65))).toBeNull();
    expect(normalizeLabel('あ'.repeat(64))).toBe('あ'.repeat(64));
    expect(normalizeLabel('あ'.repeat(65))).toBeNull();
  });

  it('measures length after trimming and collapsing', () => {
    expect(normalizeLabel(`   ${'a'.repeat(64)}   `)).toBe('a'.repeat(64));
    const spaced = `${'a'.repeat(31)}     ${'b'.repeat(32)}`; // 31 + 1 + 32 = 64 after collapse
    expect(normalizeLabel(spaced)).toBe(`${'a'.repeat(31)} ${'b'.repeat(32)}`);
  });

  it('measures length after NFKC', () => {
    // "㍻" (1 char) → "平成" (2 chars)
    expect(normalizeLabel('㍻'.repeat(32))).toBe('平成'.repeat(32));
    expect(normalizeLabel('㍻'.repeat(33))).toBeNull();
    // full-width → half-width stays 1:1
    expect(normalizeLabel('Ａ'.repeat(64))).toBe('A'.repeat(64));
  });

  it('counts code points, not UTF-16 units', () => {
    const astral = '𠮷'; // U+20BB7, 2 UTF-16 units
    expect(astral).toHaveLength(2);
    expect(normalizeLabel(astral.repeat(64))).toBe(astral.repeat(64));
    expect(normalizeLabel(astral.repeat(65))).toBeNull();
    expect(normalizeLabel('😀'.repeat(64))).toBe('😀'.repeat(64));
  });

  it('is idempotent', () => {
    const once = normalizeLabel('  ｉＰｈｏｎｅ　\t Chrome  ');
    expect(once).toBe('iPhone Chrome');
    expect(normalizeLabel(once ?? '')).toBe(once);
  });

  it('returns null for non-string input at runtime', () => {
    expect(normalizeLabel(null as unknown as string)).toBeNull();
  });
});
