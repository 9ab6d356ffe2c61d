import 'server-only';
import {
  createHash,
  createHmac,
  randomBytes,
  scrypt as scryptCb,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import { env } from '@/lib/env';

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** The registration code carries 100 random bits: a fast hash cannot be brute-forced. */
export function hashRegistrationCode(code: string): string {
  return createHash('sha256').update(`hpki-registration-code:${code}`).digest('hex');
}

/** Opaque bearer tokens (flow cookies); the database keeps only their SHA-256. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/*
 * The birth date (the initial password) has ~15 bits: whoever holds a hash and the way to compute
 * it finds the date in at most ~40 000 tries, however slow the hash. So the hash is keyed
 * (decision 0023): HMAC-SHA-256 under BIRTH_DATE_PEPPER, a server secret that is never in the
 * database, its backups or its replicas — a leaked database alone gives nothing to try dates
 * against — and salted per holder, so two holders born the same day do not share a hash. Online
 * guessing is what the 5-try lock stops. Checking costs microseconds instead of scrypt's ~100 ms.
 *
 * Hashes from before (`scrypt$N$r$p$salt$hash`) still verify; `needsRehash` tells the password step
 * to replace one after a correct check, and imports write the new form.
 */
const KEYED = 'hmac-sha256';

function keyedMac(isoDate: string, salt: string): Buffer {
  return createHmac('sha256', env().birthDatePepper).update(`hpki-birth-date:${salt}:${isoDate}`).digest();
}

/** `isoDate` is `YYYY-MM-DD`; the result is `hmac-sha256$salt$mac`. */
export async function hashBirthDate(isoDate: string): Promise<string> {
  const salt = randomBytes(16).toString('base64url');
  return [KEYED, salt, keyedMac(isoDate, salt).toString('base64url')].join('$');
}

export async function verifyBirthDate(isoDate: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts[0] === KEYED) {
    const [, salt, mac] = parts;
    if (!salt || !mac) return false;
    const expected = Buffer.from(mac, 'base64url');
    const key = keyedMac(isoDate, salt);
    return key.length === expected.length && timingSafeEqual(key, expected);
  }
  return verifyScrypt(isoDate, parts);
}

/** A hash in the form from before decision 0023: replace it once the date is known to be right. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`${KEYED}$`);
}

// The former form: scrypt N=2^15, r=8 (~32 MiB, ~100 ms). Verified, never written.
const MAXMEM = 64 * 1024 * 1024;

/** Exported for the tests of hashes written before decision 0023. */
export async function legacyScryptHash(isoDate: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(isoDate, salt, 32, { N: 32768, r: 8, p: 1, maxmem: MAXMEM });
  return ['scrypt', 32768, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

async function verifyScrypt(isoDate: string, parts: string[]): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = parts;
  if (kind !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(isoDate, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
