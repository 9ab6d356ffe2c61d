/**
 * A passkey in software, for tests that need WebAuthn responses the recorded Chromium fixtures
 * (tests/fixtures/webauthn) cannot give: a ceremony per fresh challenge (the crash test's 40
 * flows), chosen flags (BE/BS), no user handle. Responses are really signed (P-256, ES256) and
 * shaped as `@simplewebauthn/browser` returns them, so the relying party verifies them in full.
 */
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
// Only the CBOR encoder: the RP itself stays behind lib/webauthn.
import { isoCBOR } from '@simplewebauthn/server/helpers';

/** Authenticator data flags (WebAuthn §6.1). */
const UP = 0x01;
const UV = 0x04;
const BE = 0x08;
const BS = 0x10;
const AT = 0x40;

export type Backup = { eligible: boolean; state: boolean };

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

export class SoftPasskey {
  readonly credentialId = b64url(randomBytes(16));
  private readonly key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  private signCount = 0;

  /** `userId` is the user handle the RP put in the creation options (our holder id). */
  constructor(
    private readonly rp: { rpId: string; origin: string },
    readonly userId: string,
    public backup: Backup = { eligible: false, state: false },
  ) {}

  /** The response to `navigator.credentials.create()` with attestation "none". */
  registration(challenge: string) {
    const jwk = this.key.publicKey.export({ format: 'jwk' });
    const cose = isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, Buffer.from(jwk.x ?? '', 'base64url')],
        [-3, Buffer.from(jwk.y ?? '', 'base64url')],
      ]),
    );
    const id = Buffer.from(this.credentialId, 'base64url');
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(id.byteLength);
    const authData = Buffer.concat([this.authDataHead(AT), Buffer.alloc(16), idLength, id, cose]);
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Uint8Array | Map<string, string>>([
        ['fmt', 'none'],
        ['attStmt', new Map<string, string>()],
        ['authData', authData],
      ]),
    );
    return this.credential({
      clientDataJSON: this.clientData('webauthn.create', challenge),
      attestationObject: b64url(attestationObject),
      transports: ['internal', 'hybrid'],
    });
  }

  /** The response to `navigator.credentials.get()`; `userHandle: false` leaves the handle out. */
  assertion(challenge: string, options: { userHandle?: boolean } = {}) {
    const authData = this.authDataHead(0);
    const clientDataJSON = this.clientData('webauthn.get', challenge);
    const signature = sign('sha256', Buffer.concat([authData, sha256(Buffer.from(clientDataJSON, 'base64url'))]), {
      key: this.key.privateKey,
      dsaEncoding: 'der',
    });
    return this.credential({
      clientDataJSON,
      authenticatorData: b64url(authData),
      signature: b64url(signature),
      ...(options.userHandle !== false && { userHandle: b64url(Buffer.from(this.userId, 'utf8')) }),
    });
  }

  /** The PublicKeyCredential JSON around a ceremony's `response`. */
  private credential<R>(response: R) {
    const { credentialId: id } = this;
    return {
      id,
      rawId: id,
      type: 'public-key',
      authenticatorAttachment: 'platform',
      clientExtensionResults: {},
      response,
    };
  }

  /** rpIdHash, flags (UP, UV, the backup bits and `extra`), and the next signature counter. */
  private authDataHead(extra: number): Buffer {
    this.signCount += 1;
    const flags = UP | UV | extra | (this.backup.eligible ? BE : 0) | (this.backup.state ? BS : 0);
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.signCount);
    return Buffer.concat([sha256(this.rp.rpId), Buffer.from([flags]), counter]);
  }

  private clientData(type: string, challenge: string): string {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.rp.origin, crossOrigin: false })).toString(
      'base64url',
    );
  }
}
