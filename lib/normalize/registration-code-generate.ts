/**
 * Registration code generator (Node only: uses `node:crypto`).
 * Not re-exported from `./index` so that the barrel stays browser-safe.
 */
import { randomBytes } from 'node:crypto';

import { CODE_LENGTH, CROCKFORD_ALPHABET } from './registration-code';

/** Bytes drawn per code: 13 bytes = 104 bits, of which the first 100 are used. */
const RANDOM_BYTES = Math.ceil((CODE_LENGTH * 5) / 8);

/**
 * A fresh 登録コード: 100 uniformly random bits encoded as 20 Crockford Base32 characters.
 * Each character is exactly 5 bits, so there is no modulo bias.
 */
export function generateRegistrationCode(): string {
  const bytes = randomBytes(RANDOM_BYTES);
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = ((acc << 8) | byte) & 0xfff; // never need more than 12 bits buffered
    bits += 8;
    while (bits >= 5 && out.length < CODE_LENGTH) {
      bits -= 5;
      out += CROCKFORD_ALPHABET[(acc >> bits) & 0x1f];
    }
  }
  return out;
}
