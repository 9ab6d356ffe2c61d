import { describe, expect, it } from 'vitest';

import { MIN_BIRTH_YEAR, parseBirthDate } from './birth-date';

// 2026-11-26 12:00 JST
const NOW = new Date('2026-11-26T03:00:00Z');
const p = (s: string): string | null => parseBirthDate(s, NOW);

describe('parseBirthDate — accepted formats', () => {
  it.each([
    ['19800401'],
    ['1980/04/01'],
    ['1980/4/1'],
    ['1980/04/1'],
    ['1980/4/01'],
    ['1980-04-01'],
    ['1980-4-1'],
    ['1980.04.01'],
    ['1980.4.1'],
    ['1980年4月1日'],
    ['1980年04月01日'],
    ['1980年4月1'],
    ['１９８００４０１'],
    ['１９８０／０４／０１'],
    ['１９８０／４／１'],
    ['１９８０－０４－０１'],
    ['１９８０．０４．０１'],
    ['１９８０年４月１日'],
    ['1980ー04ー01'],
    ['1980−04−01'],
    ['  19800401  '],
    ['\u300019800401\u3000'],
    ['\t1980/04/01\n'],
    ['1980 / 04 / 01'],
    ['1980 年 4 月 1 日'],
  ])('%j → 1980-04-01', (input) => {
    expect(p(input)).toBe('1980-04-01');
  });

  it('pads month and day', () => {
    expect(p('2001/2/3')).toBe('2001-02-03');
    expect(p('2001年12月31日')).toBe('2001-12-31');
  });
});

describe('parseBirthDate — real calendar dates only', () => {
  it('rejects impossible dates', () => {
    expect(p('19800230')).toBeNull();
    expect(p('19800231')).toBeNull();
    expect(p('19800431')).toBeNull();
    expect(p('20230229')).toBeNull();
    expect(p('19001329')).toBeNull();
    expect(p('19801301')).toBeNull();
    expect(p('19800001')).toBeNull();
    expect(p('19800100')).toBeNull();
    expect(p('19800132')).toBeNull();
    expect(p('1980/13/1')).toBeNull();
    expect(p('1980/0/1')).toBeNull();
    expect(p('1980年2月30日')).toBeNull();
  });

  it('handles leap years correctly', () => {
    expect(p('20000229')).toBe('2000-02-29'); // divisible by 400
    expect(p('19960229')).toBe('1996-02-29');
    expect(p('20240229')).toBe('2024-02-29');
    expect(p('19000229')).toBeNull(); // divisible by 100, not 400
    expect(p('21000229')).toBeNull();
  });
});

describe('parseBirthDate — year range and future dates', () => {
  it('accepts 1900-01-01 and rejects earlier years', () => {
    expect(MIN_BIRTH_YEAR).toBe(1900);
    expect(p('19000101')).toBe('1900-01-01');
    expect(p('18991231')).toBeNull();
    expect(p('0000/01/01')).toBeNull();
  });

  it('accepts today and rejects tomorrow and later (Japan time)', () => {
    expect(p('20261126')).toBe('2026-11-26');
    expect(p('20261127')).toBeNull();
    expect(p('20270101')).toBeNull();
    expect(p('99991231')).toBeNull();
  });

  it('uses the Japanese calendar day for "today"', () => {
    // 2026-11-26 23:30 UTC is already 2026-11-27 08:30 JST.
    const lateUtc = new Date('2026-11-26T23:30:00Z');
    expect(parseBirthDate('20261127', lateUtc)).toBe('2026-11-27');
    expect(parseBirthDate('20261128', lateUtc)).toBeNull();
  });

  it('defaults to the current time', () => {
    expect(parseBirthDate('19800401')).toBe('1980-04-01');
    expect(parseBirthDate(`${new Date().getUTCFullYear() + 1}0101`)).toBeNull();
  });
});

describe('parseBirthDate — malformed input', () => {
  it.each([
    [''],
    ['   '],
    ['1980'],
    ['198004'],
    ['1980041'],
    ['198004011'],
    ['abc'],
    ['1980/04'],
    ['1980/04/01/02'],
    ['1980/04-01'], // mixed separators
    ['1980//04/01'],
    ['80/04/01'],
    ['04/01/1980'],
    ['01.04.1980'],
    ['1980/004/01'],
    ['1980/04/001'],
    ['1980年4月'],
    ['4月1日'],
    ['1980-04-01T00:00:00Z'],
    ['+19800401'],
    ['-19800401'],
    ['1980_04_01'],
    ['1980a0401'],
    ['昭和55年4月1日'],
    ['1'.repeat(100)],
  ])('%j → null', (input) => {
    expect(p(input)).toBeNull();
  });

  it('returns null for non-string input at runtime', () => {
    expect(parseBirthDate(undefined as unknown as string, NOW)).toBeNull();
    expect(parseBirthDate(19800401 as unknown as string, NOW)).toBeNull();
  });
});
