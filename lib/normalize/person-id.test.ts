import { describe, expect, it } from 'vitest';

import { normalizeCardId, normalizeMedicalRegistrationNumber, normalizePersonId } from './person-id';

describe('normalizePersonId', () => {
  it('accepts exactly 10 digits', () => {
    expect(normalizePersonId('0123456789')).toBe('0123456789');
    expect(normalizePersonId('0000000000')).toBe('0000000000');
  });

  it('accepts full-width digits, spaces and hyphens', () => {
    expect(normalizePersonId('０１２３４５６７８９')).toBe('0123456789');
    expect(normalizePersonId(' 0123 456 789 ')).toBe('0123456789');
    expect(normalizePersonId('0123-456-789')).toBe('0123456789');
    expect(normalizePersonId('０１２３－４５６\u3000７８９')).toBe('0123456789');
    expect(normalizePersonId('0123ー456–789')).toBe('0123456789');
  });

  it('rejects wrong lengths and non-digits', () => {
    expect(normalizePersonId('')).toBeNull();
    expect(normalizePersonId('012345678')).toBeNull();
    expect(normalizePersonId('01234567890')).toBeNull();
    expect(normalizePersonId('012345678A')).toBeNull();
    expect(normalizePersonId('01234.56789')).toBeNull();
    expect(normalizePersonId('٠١٢٣٤٥٦٧٨٩')).toBeNull(); // Arabic-Indic digits are not ASCII digits
    expect(normalizePersonId('-'.repeat(10))).toBeNull();
    expect(normalizePersonId('1'.repeat(100))).toBeNull();
  });

  it('returns null for non-string input at runtime', () => {
    expect(normalizePersonId(123456789 as unknown as string)).toBeNull();
  });
});

describe('normalizeCardId', () => {
  it('accepts exactly 12 of [0-9A-Z]', () => {
    expect(normalizeCardId('AB12CD34EF56')).toBe('AB12CD34EF56');
    expect(normalizeCardId('123456789012')).toBe('123456789012');
    expect(normalizeCardId('ABCDEFGHIJKL')).toBe('ABCDEFGHIJKL');
  });

  it('upper-cases and accepts full-width, spaces and hyphens', () => {
    expect(normalizeCardId('ab12cd34ef56')).toBe('AB12CD34EF56');
    expect(normalizeCardId('ＡＢ１２ｃｄ３４ＥＦ５６')).toBe('AB12CD34EF56');
    expect(normalizeCardId('AB12-CD34-EF56')).toBe('AB12CD34EF56');
    expect(normalizeCardId(' AB12 CD34\u3000EF56 ')).toBe('AB12CD34EF56');
    expect(normalizeCardId('AB12－CD34ーEF56')).toBe('AB12CD34EF56');
  });

  it('does not apply look-alike mapping (I, L, O, U are valid)', () => {
    expect(normalizeCardId('IOLU12345678')).toBe('IOLU12345678');
  });

  it('rejects wrong lengths and other characters', () => {
    expect(normalizeCardId('')).toBeNull();
    expect(normalizeCardId('AB12CD34EF5')).toBeNull();
    expect(normalizeCardId('AB12CD34EF567')).toBeNull();
    expect(normalizeCardId('AB12CD34EF5!')).toBeNull();
    expect(normalizeCardId('AB12CD34EF5_')).toBeNull();
    expect(normalizeCardId('AB12CD34EF5あ')).toBeNull();
    expect(normalizeCardId('AB12CD34EF5É')).toBeNull();
  });
});

describe('normalizeMedicalRegistrationNumber', () => {
  it('accepts 1–6 digits', () => {
    expect(normalizeMedicalRegistrationNumber('1')).toBe('1');
    expect(normalizeMedicalRegistrationNumber('123456')).toBe('123456');
    expect(normalizeMedicalRegistrationNumber('999999')).toBe('999999');
  });

  it('accepts full-width digits and spaces', () => {
    expect(normalizeMedicalRegistrationNumber('１２３４５６')).toBe('123456');
    expect(normalizeMedicalRegistrationNumber(' 123 456 ')).toBe('123456');
    expect(normalizeMedicalRegistrationNumber('\u3000１２３\u3000')).toBe('123');
  });

  it('removes leading zeros', () => {
    expect(normalizeMedicalRegistrationNumber('000123')).toBe('123');
    expect(normalizeMedicalRegistrationNumber('0000001')).toBe('1');
    expect(normalizeMedicalRegistrationNumber('0123456')).toBe('123456');
    expect(normalizeMedicalRegistrationNumber('100')).toBe('100');
    expect(normalizeMedicalRegistrationNumber('０１０')).toBe('10');
  });

  it('rejects all zeros', () => {
    expect(normalizeMedicalRegistrationNumber('0')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('000000')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('０')).toBeNull();
  });

  it('rejects more than 6 significant digits, empty input and non-digits', () => {
    expect(normalizeMedicalRegistrationNumber('1234567')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('   ')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('12a')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('-123')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('12.3')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('1e3')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('123,456')).toBeNull();
    expect(normalizeMedicalRegistrationNumber('0'.repeat(100) + '1')).toBeNull();
  });
});
