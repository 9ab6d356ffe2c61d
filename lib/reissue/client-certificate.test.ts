import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  BasicConstraintsExtension,
  Extension,
  KeyUsageFlags,
  KeyUsagesExtension,
  X509Certificate,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeSerial } from '@/lib/normalize/certificate-serial';
import { HC_ROLE_OID, parseTrustedCas, verifyClientCertificate } from './client-certificate';

/** Test PKI generated here, in memory: no key is committed. */
const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const day = 86_400_000;
const now = new Date();

type Ca = { cert: X509Certificate; keys: CryptoKeyPair };

async function makeCa(name: string): Promise<Ca> {
  const keys = await webcrypto.subtle.generateKey(alg, false, ['sign', 'verify']);
  const cert = await X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${name}, O=Test HPKI, C=JP`,
    notBefore: new Date(now.getTime() - 10 * day),
    notAfter: new Date(now.getTime() + 3650 * day),
    keys,
    signingAlgorithm: alg,
    extensions: [
      new BasicConstraintsExtension(true, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
    ],
  });
  return { cert, keys };
}

function hcRoleExtension(role: string): Extension {
  const codedData = new asn1js.Sequence({
    value: [
      new asn1js.ObjectIdentifier({ value: '1.2.392.100495.1.6.1.1' }),
      new asn1js.PrintableString({ value: 'x' }),
    ],
  });
  const actor = new asn1js.Sequence({
    value: [
      new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [codedData] }),
      new asn1js.Constructed({
        idBlock: { tagClass: 3, tagNumber: 1 },
        value: [new asn1js.Sequence({ value: [new asn1js.Utf8String({ value: role })] })],
      }),
    ],
  });
  const attrs = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.ObjectIdentifier({ value: HC_ROLE_OID }), new asn1js.Set({ value: [actor] })],
      }),
    ],
  });
  return new Extension('2.5.29.9', false, attrs.toBER());
}

async function makeLeaf(
  ca: Ca,
  opts: { serial?: string; notAfter?: Date; usage?: number; role?: string } = {},
): Promise<X509Certificate> {
  const keys = await webcrypto.subtle.generateKey(alg, false, ['sign', 'verify']);
  const extensions: Extension[] = [
    new KeyUsagesExtension(opts.usage ?? KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
  ];
  if (opts.role) extensions.push(hcRoleExtension(opts.role));
  return X509CertificateGenerator.create({
    serialNumber: opts.serial ?? '0a1b2c3d',
    subject: 'CN=試験 太郎, O=Test, C=JP',
    issuer: ca.cert.subject,
    notBefore: new Date(now.getTime() - 2 * day),
    notAfter: opts.notAfter ?? new Date(now.getTime() + 365 * day),
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    signingAlgorithm: alg,
    extensions,
  });
}

const header = (cert: X509Certificate) => encodeURIComponent(cert.toString('pem'));

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
