import { randomInt } from 'node:crypto';
import { CROCKFORD_ALPHABET } from '@/lib/normalize';

/**
 * A 受付番号 like `R-20261202-7KQ3`: the day it was received (JST) and four Crockford base-32
 * characters (no I, L, O, U: read aloud on the phone without confusion). Unique by the table's
 * constraint; the store draws again on a collision.
 */
export function newReceipt(now: number): string {
  const day = new Date(now + 9 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
  const tail = Array.from({ length: 4 }, () => CROCKFORD_ALPHABET[randomInt(CROCKFORD_ALPHABET.length)]).join('');
  return `R-${day}-${tail}`;
}

export const RECEIPT_RE = /^R-\d{8}-[0-9A-HJKMNP-TV-Z]{4}$/;
