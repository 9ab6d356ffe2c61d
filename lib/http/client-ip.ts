import 'server-only';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { EDGE_HEADER } from './page-edge';

/**
 * The client address, for rate limits and audit (docs/decisions/0008-client-address.md). Route
 * handlers cannot see the socket, so every request is stamped in-process, before Next.js reads it,
 * with the address and a proof keyed by a secret that never leaves this process: a header a client
 * sends is overwritten, and one that was never stamped carries no valid proof.
 */
export const CLIENT_IP_HEADER = 'x-hpki-client-ip';

const PROOF_HEADER = 'x-hpki-client-ip-proof';
/** Shared through globalThis: instrumentation.ts and the route bundles are separate module copies. */
const KEY = Symbol.for('hpki.clientAddressKey');
const STAMPING = Symbol.for('hpki.clientAddressStamping');
type Keyed = { [KEY]?: Buffer; [STAMPING]?: true };

/**
 * The address `hops` trusted proxies vouch for: each appends the address it received from to
 * X-Forwarded-For, so the client is the entry `hops` from the right of [...forwarded, socket].
 */
export function clientAddress(socket: string | undefined, forwardedFor: string | undefined, hops: number): string {
  const chain = [
    ...(hops > 0 && forwardedFor ? forwardedFor.split(',').map((s) => s.trim()) : []),
    socket ?? 'unknown',
  ];
  return (chain[Math.max(0, chain.length - 1 - hops)] || 'unknown').slice(0, 64);
}

/**
 * The proof of each recent address, computed once: an HMAC per request (stamped, then checked)
 * was ~6 % of a WebAuthn request's time (docs/decisions/0029-lean-webauthn-path.md). The key is
 * fixed for the process, so a proof never changes; the oldest of MAX_PROOFS is dropped first.
 */
const proofs = new Map<string, string>();
const MAX_PROOFS = 10_000;

function proof(key: Buffer, address: string): string {
  let known = proofs.get(address);
  if (known === undefined) {
    known = createHmac('sha256', key).update(address).digest('base64url');
    if (proofs.size >= MAX_PROOFS) proofs.delete(proofs.keys().next().value as string);
    proofs.set(address, known);
  }
  return known;
}

/**
 * Once per process (instrumentation.ts), however the server was started (`npm start`, `next
 * start`): Node.js publishes every HTTP request on this channel before the server handles it.
 */
export function stampClientAddresses(hops: number): void {
  const global = globalThis as Keyed;
  if (global[STAMPING]) return;
  global[STAMPING] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    const forwarded = request.headers['x-forwarded-for'];
    const address = clientAddress(socket.remoteAddress, typeof forwarded === 'string' ? forwarded : undefined, hops);
    Object.assign(request.headers, stampedAddress(address));
    // Only the start script, which sets it after this, may mark a request (lib/http/page-edge.ts).
    delete request.headers[EDGE_HEADER];
  });
}

/**
 * The headers that vouch for `address` in this process (what the channel above sets on each
 * request). In-process callers only: integration tests that build requests without a socket.
 */
export function stampedAddress(address: string): Record<string, string> {
  const global = globalThis as Keyed;
  global[KEY] ??= randomBytes(32);
  return { [CLIENT_IP_HEADER]: address, [PROOF_HEADER]: proof(global[KEY], address) };
}

export function clientIp(headers: Headers): string | null {
  const key = (globalThis as Keyed)[KEY];
  const value = headers.get(CLIENT_IP_HEADER);
  const given = Buffer.from(headers.get(PROOF_HEADER) ?? '');
  if (!key || !value || value.length > 64) return null;
  const expected = Buffer.from(proof(key, value));
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}
