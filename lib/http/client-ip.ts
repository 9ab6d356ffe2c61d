import 'server-only';

/**
 * The client address as our server saw it. `scripts/start.ts` sets this header from the socket (or,
 * with TRUST_PROXY=1, from the proxy's X-Forwarded-For) and overwrites anything a client sent.
 */
export const CLIENT_IP_HEADER = 'x-hpki-client-ip';

export function clientIp(headers: Headers): string | null {
  const value = headers.get(CLIENT_IP_HEADER);
  return value && value.length <= 64 ? value : null;
}
