import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import {
  cryptoProvider,
  KeyUsageFlags,
  KeyUsagesExtension,
  PemConverter,
  X509Certificate,
  X509ChainBuilder,
} from '@peculiar/x509';
import { normalizeSerial } from '@/lib/normalize/certificate-serial';

cryptoProvider.set(webcrypto as unknown as Crypto);

/**
 * The client certificate of /reissue/card (decision 0022): what the TLS-terminating proxy forwarded
 * (URL-encoded PEM, nginx `$ssl_client_escaped_cert`), checked against the configured HPKI CAs.
 * Every failure has a reason for the log and the tests; the visitor sees one catalogue message.
 */
export type CertificateCheck =
  { ok: true; issuer: string; serial: string; subject: string } | { ok: false; reason: CertificateRejection };

export type CertificateRejection = 'missing' | 'malformed' | 'untrusted' | 'expired' | 'keyUsage' | 'role';

/** subjectDirectoryAttributes (RFC 5280 §4.2.1.8), where ISO 17090-3 puts the hcRole attribute. */
export const SUBJECT_DIRECTORY_ATTRIBUTES = '2.5.29.9';
/** id-hcpki-at-healthcareactor, ISO 17090: {iso(1) standard(0) hcpki(17090) at(0) hcRole(1)}. */
export const HC_ROLE_OID = '1.0.17090.0.1';
/** What the HCActor's codeDataValue / regionalHCActor carries for a doctor (JP HPKI: "Medical Doctor"). */
const DOCTOR_ROLES = new Set(['医師', 'Medical Doctor']);

/** The trusted CAs of an `HPKI_CA_FILE` bundle; a bundle without one certificate is a configuration error. */
export function parseTrustedCas(pemBundle: string): X509Certificate[] {
  const cas = PemConverter.decode(pemBundle).map((der) => new X509Certificate(der));
  if (cas.length === 0) throw new Error('HPKI_CA_FILE holds no PEM certificate');
  return cas;
}

export async function verifyClientCertificate(
  headerValue: string | null | undefined,
  cas: readonly X509Certificate[],
  now: Date = new Date(),
): Promise<CertificateCheck> {
  if (!headerValue) return { ok: false, reason: 'missing' };
  const cert = decode(headerValue);
  if (!cert) return { ok: false, reason: 'malformed' };
  if (cert.notBefore > now || cert.notAfter < now) return { ok: false, reason: 'expired' };
  if (!(await chainsToTrustedCa(cert, cas, now))) return { ok: false, reason: 'untrusted' };
  if (!signs(cert)) return { ok: false, reason: 'keyUsage' };
  const roles = hcRoles(cert);
  if (roles === 'malformed') return { ok: false, reason: 'malformed' };
  if (roles && !roles.some((r) => DOCTOR_ROLES.has(r))) return { ok: false, reason: 'role' };
  return { ok: true, issuer: cert.issuer, serial: normalizeSerial(cert.serialNumber), subject: cert.subject };
}

function decode(headerValue: string): X509Certificate | undefined {
  try {
    const pem = decodeURIComponent(headerValue);
    const ders = PemConverter.decode(pem);
    if (ders.length !== 1) return undefined;
    return new X509Certificate(ders[0]!);
  } catch {
    return undefined;
  }
}

async function chainsToTrustedCa(cert: X509Certificate, cas: readonly X509Certificate[], now: Date) {
  try {
    const chain = await new X509ChainBuilder({ certificates: [...cas] }).build(cert);
    const root = chain[chain.length - 1]!;
    if (chain.length < 2 || !cas.some((ca) => ca.equal(root))) return false;
    for (let i = 0; i < chain.length; i++) {
      const issuer = chain[Math.min(i + 1, chain.length - 1)]!;
      if (!(await chain[i]!.verify({ publicKey: issuer, date: now }))) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function signs(cert: X509Certificate): boolean {
  const usage = cert.getExtension(KeyUsagesExtension);
  if (!usage) return false;
  return (usage.usages & (KeyUsageFlags.digitalSignature | KeyUsageFlags.nonRepudiation)) !== 0;
}

/** The strings of the hcRole attribute, undefined when the certificate carries none. */
function hcRoles(cert: X509Certificate): string[] | undefined | 'malformed' {
  const ext = cert.extensions.find((e) => e.type === SUBJECT_DIRECTORY_ATTRIBUTES);
  if (!ext) return undefined;
  const parsed = asn1js.fromBER(ext.value);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) return 'malformed';
  const roles: string[] = [];
  let found = false;
  for (const attribute of parsed.result.valueBlock.value) {
    if (!(attribute instanceof asn1js.Sequence)) return 'malformed';
    const [type, values] = attribute.valueBlock.value;
    if (!(type instanceof asn1js.ObjectIdentifier) || type.valueBlock.toString() !== HC_ROLE_OID) continue;
    found = true;
    collectStrings(values, roles);
  }
  return found ? roles : undefined;
}

function collectStrings(node: asn1js.AsnType | undefined, into: string[]) {
  if (!node) return;
  if (node instanceof asn1js.BaseStringBlock) {
    into.push(node.getValue());
    return;
  }
  const block = (node as { valueBlock?: { value?: unknown } }).valueBlock;
  if (block && Array.isArray(block.value)) for (const child of block.value) collectStrings(child, into);
}
