import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  Extension,
  GeneralName,
  PemConverter,
  SubjectAlternativeNameExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  X509Certificate,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { HC_ROLE_OID } from './client-certificate';

/**
 * A test PKI, generated when a test runs: no key is committed (decision 0022). Keys are extractable
 * so that a test can hand them to nginx or curl (`keyPem`).
 */
const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const day = 86_400_000;
const now = new Date();

export type Ca = { cert: X509Certificate; keys: CryptoKeyPair };

export async function makeCa(name: string): Promise<Ca> {
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
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

export type LeafOptions = { serial?: string; notAfter?: Date; usage?: number; role?: string };

/** A doctor's certificate issued by `ca`, with its key pair (for curl `--cert` / `--key`). */
export async function makeLeafWithKeys(
  ca: Ca,
  opts: LeafOptions = {},
): Promise<{ cert: X509Certificate; keys: CryptoKeyPair }> {
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const extensions: Extension[] = [
    new KeyUsagesExtension(opts.usage ?? KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation, true),
  ];
  if (opts.role) extensions.push(hcRoleExtension(opts.role));
  const cert = await X509CertificateGenerator.create({
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
  return { cert, keys };
}

export async function makeLeaf(ca: Ca, opts: LeafOptions = {}): Promise<X509Certificate> {
  return (await makeLeafWithKeys(ca, opts)).cert;
}

/**
 * A TLS server certificate for `localhost`, its IC-card host `card.localhost` and 127.0.0.1 (nginx
 * in front of the site in a test).
 */
export async function makeServerCert(ca: Ca): Promise<{ cert: X509Certificate; keys: CryptoKeyPair }> {
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const cert = await X509CertificateGenerator.create({
    serialNumber: '5e',
    subject: 'CN=localhost',
    issuer: ca.cert.subject,
    notBefore: new Date(now.getTime() - 2 * day),
    notAfter: new Date(now.getTime() + 30 * day),
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    signingAlgorithm: alg,
    extensions: [
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
      new ExtendedKeyUsageExtension([ExtendedKeyUsage.serverAuth]),
      new SubjectAlternativeNameExtension([
        new GeneralName('dns', 'localhost'),
        new GeneralName('dns', 'card.localhost'),
        new GeneralName('ip', '127.0.0.1'),
      ]),
    ],
  });
  return { cert, keys };
}

/** A private key as PKCS #8 PEM (what nginx and curl read). */
export async function keyPem(key: CryptoKey): Promise<string> {
  return PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY');
}

/** A CA written by `keyPem` and `cert.toString('pem')` back (another test process signs with it). */
export async function loadCa(certPem: string, privateKeyPem: string): Promise<Ca> {
  const cert = new X509Certificate(certPem);
  const importAlg = { name: 'ECDSA', namedCurve: 'P-256' } as const;
  const privateKey = await webcrypto.subtle.importKey(
    'pkcs8',
    PemConverter.decodeFirst(privateKeyPem),
    importAlg,
    true,
    ['sign'],
  );
  const publicKey = await cert.publicKey.export(importAlg, ['verify'], webcrypto as unknown as Crypto);
  return { cert, keys: { privateKey, publicKey } };
}

export const header = (cert: X509Certificate) => encodeURIComponent(cert.toString('pem'));
