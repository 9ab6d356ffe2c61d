import { describe, expect, it } from 'vitest';
import { tokyoDay, tokyoTime } from './tokyo-time';

// 2026-12-31 15:30 UTC is 2027-01-01 00:30 in Japan.
const AT = Date.UTC(2026, 11, 31, 15, 30);

describe('times in Japan', () => {
  it('are in Asia/Tokyo whatever the server, in each language', () => {
    expect(tokyoTime(AT, 'ja')).toBe('2027/01/01 0:30');
    expect(tokyoTime(AT, 'en')).toBe('1 Jan 2027, 00:30');
    expect(tokyoDay(AT, 'ja')).toBe('2027年1月1日');
    expect(tokyoDay(AT, 'en')).toBe('1 January 2027');
  });

  it('answer the same with the cached formatter, call after call', () => {
    const later = AT + 86_400_000 + 61_000;
    expect(tokyoTime(later, 'ja')).toBe('2027/01/02 0:31');
    expect(tokyoTime(AT, 'ja')).toBe('2027/01/01 0:30');
  });
});
