/**
 * A software WebAuthn authenticator for the bench (no browser): turns the creation options the
 * site sends into the RegistrationResponseJSON a phone would return — ES256, attestation `none`,
 * user presence and verification set. Node built-ins only, so `npm run bench` stands alone.
 */
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';

/** The parts of PublicKeyCredentialCreationOptionsJSON the authenticator reads. */
export type CreationOptions = { challenge: string; rp: { id?: string } };

const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const FLAGS = { UP: 0x01, UV: 0x04, AT: 0x40 };

type CborValue = number | string | Uint8Array | Map<CborValue, CborValue>;

/** The CBOR (RFC 8949) a `none` attestation and a COSE EC2 key need: ints, bytes, text, maps. */
function head(major: number, n: number): Buffer {
  const m = major << 5;
  if (n < 24) return Buffer.from([m | n]);
  if (n < 0x100) return Buffer.from([m | 24, n]);
  if (n < 0x10000) return Buffer.from([m | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = m | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

function cbor(v: CborValue): Buffer {
  if (typeof v === 'number') return v >= 0 ? head(0, v) : head(1, -1 - v);
  if (typeof v === 'string') {
    const s = Buffer.from(v);
    return Buffer.concat([head(3, s.length), s]);
  }
  if (v instanceof Uint8Array) return Buffer.concat([head(2, v.length), v]);
  const parts = [head(5, v.size)];
  for (const [k, x] of v) parts.push(cbor(k), cbor(x));
  return Buffer.concat(parts);
}

/** navigator.credentials.create() of a platform authenticator that verifies its user. */
export function createCredential(options: CreationOptions, origin: string) {
  const rpId = options.rp.id ?? new URL(origin).hostname;
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const credId = randomBytes(32);
  // A P-256 SPKI (DER) ends with the uncompressed point 0x04 | X | Y.
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const point = spki.subarray(spki.length - 65);
  const coseKey = cbor(
    new Map<CborValue, CborValue>([
      [1, 2],
      [3, -7],
      [-1, 1],
      [-2, point.subarray(1, 33)],
      [-3, point.subarray(33)],
    ]),
  );
  const fixed = Buffer.alloc(37);
  createHash('sha256').update(rpId).digest().copy(fixed, 0);
  fixed[32] = FLAGS.UP | FLAGS.UV | FLAGS.AT;
  const authData = Buffer.concat([fixed, Buffer.alloc(16), Buffer.from([0, credId.length]), credId, coseKey]);
  const attestationObject = cbor(
    new Map<CborValue, CborValue>([
      ['fmt', 'none'],
      ['attStmt', new Map()],
      ['authData', authData],
    ]),
  );
  const clientDataJSON = Buffer.from(
    JSON.stringify({ type: 'webauthn.create', challenge: options.challenge, origin, crossOrigin: false }),
  );
  const id = b64u(credId);
  return {
    id,
    rawId: id,
    type: 'public-key',
    authenticatorAttachment: 'platform',
    clientExtensionResults: {},
    response: {
      clientDataJSON: b64u(clientDataJSON),
      attestationObject: b64u(attestationObject),
      authenticatorData: b64u(authData),
      transports: ['internal', 'hybrid'],
      publicKeyAlgorithm: -7,
      publicKey: b64u(spki),
    },
  };
}
