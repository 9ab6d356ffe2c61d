import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_DOWN_HEADER } from './database-down';
import { EDGE_HEADER, isPageRequest, pageEdge, servePageEdge } from './page-edge';

const up = async () => true;
const down = async () => false;

describe('pageEdge: what proxy.ts and the start script both do before a page', () => {
  it('a fresh nonce in the CSP request header, the page path with its notice, no caching', async () => {
    const a = await pageEdge('/register/password', 'auth.failed', { dev: false, https: true, databaseAvailable: up });
    const b = await pageEdge('/register/password', null, { dev: false, https: true, databaseAvailable: up });
    expect(a.set['x-nonce']).not.toBe(b.set['x-nonce']);
    expect(a.set['content-security-policy']).toContain(`'nonce-${a.set['x-nonce']}'`);
    expect(a.responseHeaders['Content-Security-Policy']).toBe(a.set['content-security-policy']);
    expect(a.set['x-hpki-path']).toBe('/register/password?notice=auth.failed');
    expect(b.set['x-hpki-path']).toBe('/register/password');
    expect(a.responseHeaders['Cache-Control']).toBe('private, no-store');
    expect(a.responseHeaders['Strict-Transport-Security']).toBeDefined();
    expect(a.status).toBeUndefined();
    // A client cannot claim the database is down.
    expect(a.drop).toEqual([DATABASE_DOWN_HEADER]);
  });

  it('the database down: 503 and the mark for the layout; help pages and /reissue need no database', async () => {
    const e = await pageEdge('/login', null, { dev: false, https: false, databaseAvailable: down });
    expect(e.status).toBe(503);
    expect(e.set[DATABASE_DOWN_HEADER]).toBe('1');
    expect(e.drop).toEqual([]);
    for (const page of ['/help/faq', '/reissue', '/unavailable']) {
      const n = await pageEdge(page, null, { dev: false, https: false, databaseAvailable: down });
      expect(n.set[DATABASE_DOWN_HEADER], page).toBeUndefined();
    }
    expect((await pageEdge('/unavailable', null, { dev: false, https: false, databaseAvailable: up })).status).toBe(
      503,
    );
    expect(
      (await pageEdge('/help/faq', null, { dev: false, https: false, databaseAvailable: down })).status,
    ).toBeUndefined();
  });
});

describe('isPageRequest: which requests the start script serves the edge for', () => {
  it('page GETs and HEADs with a decodable path only', () => {
    expect(isPageRequest('GET', '/register/terms')).toBe(true);
    expect(isPageRequest('HEAD', '/')).toBe(true);
    expect(isPageRequest('POST', '/register/terms')).toBe(false);
    expect(isPageRequest('GET', '/api/health')).toBe(false);
    expect(isPageRequest('GET', '/_next/static/x.js')).toBe(false);
    expect(isPageRequest('GET', '/favicon.ico')).toBe(false);
    expect(isPageRequest('GET', '/r/%E0%A4%A')).toBe(false);
  });
});

describe('servePageEdge: the page gets the edge before it, its answer the edge headers after', () => {
  let server: http.Server;
  let base: string;
  let check = up;
  let seen: http.IncomingHttpHeaders = {};
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      void servePageEdge(
        req,
        res,
        (r, s) => {
          seen = { ...r.headers };
          // As Next.js answers a page: headers of its own, some handed to writeHead itself.
          s.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
          s.writeHead(s.statusCode, { 'content-type': 'text/html', 'X-Frame-Options': 'SAMEORIGIN' });
          s.end('<p>page</p>');
        },
        { https: false, databaseAvailable: () => check() },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sets the request headers (over any the client sent), marks it, and sets the answer headers over the page’s', async () => {
    check = up;
    const res = await fetch(`${base}/login?notice=x`, {
      headers: { [DATABASE_DOWN_HEADER]: '1', 'x-nonce': 'chosen', 'content-security-policy': 'none' },
    });
    expect(res.status).toBe(200);
    expect(seen[DATABASE_DOWN_HEADER]).toBeUndefined();
    expect(seen['x-nonce']).not.toBe('chosen');
    expect(seen['content-security-policy']).toContain(`'nonce-${seen['x-nonce']}'`);
    expect(seen['x-hpki-path']).toBe('/login?notice=x');
    expect(seen[EDGE_HEADER]).toBe('1');
    expect(res.headers.get('content-security-policy')).toBe(seen['content-security-policy']);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(await res.text()).toBe('<p>page</p>');
  });

  it('the database down: the page is told so and answers 503', async () => {
    check = down;
    const res = await fetch(`${base}/login`);
    expect(res.status).toBe(503);
    expect(seen[DATABASE_DOWN_HEADER]).toBe('1');
  });
});
