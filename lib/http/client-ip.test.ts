import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CLIENT_IP_HEADER, clientAddress, clientIp, stampClientAddresses } from './client-ip';
import { EDGE_HEADER } from './page-edge';

describe('clientAddress: TRUST_PROXY counts hops from the right (issue 11)', () => {
  const forwarded = '198.51.100.1, 203.0.113.7, 192.0.2.9';
  it('0 hops: the socket, whatever X-Forwarded-For says', () => {
    expect(clientAddress('10.0.0.5', forwarded, 0)).toBe('10.0.0.5');
  });
  it('1 hop: the right-most entry, the one our proxy appended', () => {
    expect(clientAddress('10.0.0.5', forwarded, 1)).toBe('192.0.2.9');
    expect(clientAddress('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
  });
  it('2 hops: the entry the outer proxy appended; never past the left end', () => {
    expect(clientAddress('10.0.0.5', forwarded, 2)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.5', forwarded, 9)).toBe('198.51.100.1');
  });
});

/** Serves one request through a real Node.js HTTP server and returns what clientIp() saw. */
async function seenAddress(
  headers: Record<string, string>,
  localAddress = '127.0.0.1',
  see: (h: Headers) => string | null = clientIp,
): Promise<string | null> {
  let seen: string | null = 'not called';
  const server = http.createServer((req, res) => {
    const h = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') h.set(k, v);
    seen = see(h);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) =>
    http
      .get({ host: '127.0.0.1', port, headers, localAddress }, (res) => res.resume().on('end', resolve))
      .on('error', reject),
  );
  await new Promise((resolve) => server.close(resolve));
  return seen;
}

describe('clientIp cannot be forged (issue 11, item 12)', () => {
  const forged = {
    [CLIENT_IP_HEADER]: '203.0.113.1',
    'x-hpki-client-ip-proof': 'forged',
    'x-forwarded-for': '198.51.100.1',
  };

  it('ignores the header on a request that was never stamped', async () => {
    expect(clientIp(new Headers(forged))).toBeNull();
  });

  it('overwrites what the client sent with the socket address, once stamping is on', async () => {
    stampClientAddresses(0);
    expect(await seenAddress(forged)).toBe('127.0.0.1');
    expect(await seenAddress(forged, '127.0.0.2')).toBe('127.0.0.2');
    expect(clientIp(new Headers(forged))).toBeNull();
  });
});

describe('the page edge mark (lib/http/page-edge.ts) cannot be sent by a client', () => {
  it('is removed from every request as it arrives, so proxy.ts still runs for it under `next start`', async () => {
    stampClientAddresses(0);
    const mark = (h: Headers) => h.get(EDGE_HEADER) ?? 'absent';
    expect(await seenAddress({ [EDGE_HEADER]: '1' }, '127.0.0.1', mark)).toBe('absent');
  });
});
