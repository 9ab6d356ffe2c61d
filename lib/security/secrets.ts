import 'server-only';
import { createHash, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

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

// The birth date has only ~40 000 plausible values, so the hash is slow and salted; the real
// protection is the 5-try lock (spec §10). N=2^15, r=8 costs ~32 MiB and tens of milliseconds.
const N = 32768;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

/** `isoDate` is `YYYY-MM-DD`; the result is `scrypt$N$r$p$salt$hash`. */
export async function hashBirthDate(isoDate: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(isoDate, salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyBirthDate(isoDate: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
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
