import 'reflect-metadata';
import { KeyUsageFlags } from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeSerial } from '@/lib/normalize/certificate-serial';
import { parseTrustedCas, verifyClientCertificate } from './client-certificate';
import { header, makeCa, makeLeaf, type Ca } from './test-pki';

const day = 86_400_000;
const now = new Date();

let trusted: Ca;
let foreign: Ca;
beforeAll(async () => {
  trusted = await makeCa('Trusted HPKI CA');
  foreign = await makeCa('Foreign CA');
});

describe('verifyClientCertificate (decision 0022)', () => {
  it('accepts a signing certificate that chains to a configured CA, with issuer and normalised serial', async () => {
    const leaf = await makeLeaf(trusted);
    const result = await verifyClientCertificate(header(leaf), [foreign.cert, trusted.cert], now);
    expect(result).toEqual({ ok: true, issuer: trusted.cert.subject, serial: 'A1B2C3D', subject: leaf.subject });
  });

  it('refuses a certificate of a foreign CA, and a self-signed one', async () => {
    const leaf = await makeLeaf(foreign);
    expect(await verifyClientCertificate(header(leaf), [trusted.cert], now)).toEqual({
      ok: false,
      reason: 'untrusted',
    });
    expect(await verifyClientCertificate(header(foreign.cert), [trusted.cert], now)).toEqual({
      ok: false,
      reason: 'untrusted',
    });
  });

  it('refuses a foreign certificate that only copies the trusted CA’s name', async () => {
    const impostor = await makeCa('Trusted HPKI CA');
    const leaf = await makeLeaf(impostor);
    expect(await verifyClientCertificate(header(leaf), [trusted.cert], now)).toEqual({
      ok: false,
      reason: 'untrusted',
    });
  });

  it('refuses an expired certificate', async () => {
    const leaf = await makeLeaf(trusted, { notAfter: new Date(now.getTime() - day) });
    expect(await verifyClientCertificate(header(leaf), [trusted.cert], now)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a certificate whose key is not for signing', async () => {
    const leaf = await makeLeaf(trusted, { usage: KeyUsageFlags.keyEncipherment });
    expect(await verifyClientCertificate(header(leaf), [trusted.cert], now)).toEqual({ ok: false, reason: 'keyUsage' });
  });

  it('refuses a missing or malformed header', async () => {
    for (const value of [undefined, null, '']) {
      expect(await verifyClientCertificate(value, [trusted.cert], now)).toEqual({ ok: false, reason: 'missing' });
    }
    const pem = (await makeLeaf(trusted)).toString('pem');
    for (const value of ['%E0%A4%A', 'not a certificate', encodeURIComponent(pem.replace(/[A-Z]{8}/, 'AAAAAAAA'))]) {
      expect(await verifyClientCertificate(value, [trusted.cert], now)).toMatchObject({ ok: false });
    }
    expect(await verifyClientCertificate('%E0%A4%A', [trusted.cert], now)).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyClientCertificate(encodeURIComponent(pem + pem), [trusted.cert], now)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });

  it('reads the ISO 17090 hcRole when present: 医師 passes, another role does not; absent passes', async () => {
    for (const role of ['医師', 'Medical Doctor']) {
      const leaf = await makeLeaf(trusted, { role });
      expect(await verifyClientCertificate(header(leaf), [trusted.cert], now)).toMatchObject({ ok: true });
    }
    const nurse = await makeLeaf(trusted, { role: '看護師' });
    expect(await verifyClientCertificate(header(nurse), [trusted.cert], now)).toEqual({ ok: false, reason: 'role' });
    const absent = await makeLeaf(trusted);
    expect(await verifyClientCertificate(header(absent), [trusted.cert], now)).toMatchObject({ ok: true });
  });
});

describe('parseTrustedCas and normalizeSerial', () => {
  it('reads every certificate of a PEM bundle and refuses an empty one', () => {
    const bundle = `${trusted.cert.toString('pem')}\n${foreign.cert.toString('pem')}\n`;
    expect(parseTrustedCas(bundle).map((c) => c.subject)).toEqual([trusted.cert.subject, foreign.cert.subject]);
    expect(() => parseTrustedCas('no certificates here')).toThrow(/HPKI_CA_FILE/);
  });

  it('stores a serial one way whatever its spelling', () => {
    expect(normalizeSerial('00:0a:1B:2c')).toBe('A1B2C');
    expect(normalizeSerial('0A1B2C')).toBe('A1B2C');
    expect(normalizeSerial('00')).toBe('0');
  });
});
