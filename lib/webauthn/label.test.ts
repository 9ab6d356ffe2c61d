import { describe, expect, it } from 'vitest';

import { MAX_LABEL_LENGTH, automaticLabel } from './label';

// 2026-11-26 00:30 in Tokyo is still 2026-11-25 in UTC.
const LATE_UTC = new Date('2026-11-25T15:30:00Z');

describe('automaticLabel', () => {
  it('combines provider, device and the Tokyo date', () => {
    expect(automaticLabel('iCloud キーチェーン', 'iPhone', LATE_UTC)).toBe('iCloud キーチェーン (iPhone) 2026/11/26');
    expect(automaticLabel('Google パスワードマネージャー', 'Android', new Date('2027-01-05T03:00:00Z'))).toBe(
      'Google パスワードマネージャー (Android) 2027/01/05',
    );
  });

  it('omits empty device descriptions', () => {
    expect(automaticLabel('パスキー', '', LATE_UTC)).toBe('パスキー 2026/11/26');
    expect(automaticLabel('パスキー', '   ', LATE_UTC)).toBe('パスキー 2026/11/26');
  });

  it('normalises with NFKC and collapses whitespace', () => {
    expect(automaticLabel(' iCloud  キーチェーン ', 'ｉＰｈｏｎｅ', LATE_UTC)).toBe(
      'iCloud キーチェーン (iPhone) 2026/11/26',
    );
  });

  it('shortens the device description first and stays within 64 characters', () => {
    const label = automaticLabel('iCloud キーチェーン', 'Very Long Device Name '.repeat(10), LATE_UTC);
    expect(label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    expect(label.length).toBe(MAX_LABEL_LENGTH);
    expect(label.startsWith('iCloud キーチェーン (Very Long Device Name')).toBe(true);
    expect(label.endsWith(') 2026/11/26')).toBe(true);
  });

  it('drops the device, then cuts the provider, when the provider alone is too long', () => {
    const label = automaticLabel('P'.repeat(100), 'iPhone', LATE_UTC);
    expect(label).toBe(`${'P'.repeat(53)} 2026/11/26`);
    expect(label.length).toBe(MAX_LABEL_LENGTH);
  });

  it('never splits a surrogate pair and stays ≤ 64 after another NFKC pass', () => {
    const label = automaticLabel('パスキー', '📱'.repeat(40), LATE_UTC);
    expect(label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    expect(label).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(label.normalize('NFKC')).toBe(label);
  });

  it('falls back to the generic provider name when none is given', () => {
    expect(automaticLabel('', 'iPhone', LATE_UTC)).toBe('パスキー (iPhone) 2026/11/26');
  });
});
