import { describe, expect, it } from 'vitest';

import { generateRegistrationCode } from './registration-code-generate';
import {
  CODE_LENGTH,
  CROCKFORD_ALPHABET,
  formatRegistrationCode,
  normalizeRegistrationCode,
} from './registration-code';

const CODE_RE = /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{20}$/;

describe('generateRegistrationCode', () => {
  it('returns 20 Crockford Base32 characters', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateRegistrationCode();
      expect(code).toHaveLength(CODE_LENGTH);
      expect(code).toMatch(CODE_RE);
      for (const ch of code) expect(CROCKFORD_ALPHABET).toContain(ch);
    }
  });

  it('never emits I, L, O or U', () => {
    const all = Array.from({ length: 500 }, () => generateRegistrationCode()).join('');
    expect(all).not.toMatch(/[ILOU]/);
  });

  it('produces 1000 unique codes', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateRegistrationCode()));
    expect(codes.size).toBe(1000);
  });

  it('is a fixed point of normalize and round-trips through format', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateRegistrationCode();
      expect(normalizeRegistrationCode(code)).toBe(code);
      expect(normalizeRegistrationCode(formatRegistrationCode(code))).toBe(code);
      expect(normalizeRegistrationCode(formatRegistrationCode(code).toLowerCase())).toBe(code);
      expect(formatRegistrationCode(code)).toMatch(/^(?:[0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
    }
  });

  it('uses every alphabet character at every position with no gross bias', () => {
    const n = 4000;
    const counts = new Map<string, number>();
    const perPosition: Array<Set<string>> = Array.from({ length: CODE_LENGTH }, () => new Set());
    for (let i = 0; i < n; i++) {
      const code = generateRegistrationCode();
      [...code].forEach((ch, pos) => {
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
        perPosition[pos]?.add(ch);
      });
    }
    expect(counts.size).toBe(32);
    // Expected 2500 per character (4000 × 20 / 32); allow a wide margin (~±10σ).
    for (const c of counts.values()) {
      expect(c).toBeGreaterThan(2000);
      expect(c).toBeLessThan(3000);
    }
    // Every position (including the last, which uses the tail bits) sees the whole alphabet.
    for (const set of perPosition) expect(set.size).toBe(32);
  });
});
