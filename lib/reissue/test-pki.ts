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
import { HC_ROLE_OID } from './client-certificate';

/** A test PKI, generated in memory when a test runs: no key is committed (decision 0022). */
const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const day = 86_400_000;
const now = new Date();

export type Ca = { cert: X509Certificate; keys: CryptoKeyPair };

export async function makeCa(name: string): Promise<Ca> {
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

export async function makeLeaf(
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

export const header = (cert: X509Certificate) => encodeURIComponent(cert.toString('pem'));
