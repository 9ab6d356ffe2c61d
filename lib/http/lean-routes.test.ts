import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextResponse } from 'next/server';
import { ROUTES } from '@/lib/routes';
import { json } from './responses';
import { leanGetSegment, leanHandler, leanPost, serveLean } from './lean-routes';

const PATH = '/api/test/lean-echo';

/** Echoes what the handler saw, and answers with two cookies and a header of its own. */
leanPost(PATH, async (req: Request) => {
  const headers = new Headers({ 'content-type': 'application/json', 'x-seen': req.headers.get('x-probe') ?? '' });
  headers.append('set-cookie', 'a=1; Path=/; HttpOnly');
  headers.append('set-cookie', 'b=2; Path=/');
  const seen = { method: req.method, url: req.url, body: await req.text() };
  return new Response(JSON.stringify(seen), { status: 201, headers });
});

const COOKIE_PATH = '/api/test/lean-cookie';

/** Sets an HttpOnly cookie as our handlers do (NextResponse's `cookies.set`). */
leanPost(COOKIE_PATH, async () => {
  const response = NextResponse.json({ ok: true });
  response.cookies.set('hpki_test', 'secret-token', { httpOnly: true, path: '/' });
  return response;
});

const JSON_PATH = '/api/test/lean-json';
leanPost(JSON_PATH, async () => json({ ok: true, name: '試験' }, { status: 202, headers: { 'x-extra': '1' } }));

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const handler = leanHandler(req.method, new URL(req.url ?? '/', 'http://x').pathname);
    if (!handler) return void res.writeHead(404).end();
    void serveLean(handler, req, res, 'https://site.example');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('lean routes', () => {
  it('serves only a POST to exactly a registered path', () => {
    expect(leanHandler('POST', PATH)).toBeDefined();
    expect(leanHandler('GET', PATH)).toBeUndefined();
    expect(leanHandler('POST', `${PATH}/`)).toBeUndefined();
    expect(leanHandler('POST', '/api/test/other')).toBeUndefined();
  });

  it('hands the handler the request (public origin, headers, body) and sends its whole answer', async () => {
    const body = JSON.stringify({ marker: null, name: '試験' });
    const res = await fetch(`${base}${PATH}?q=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-probe': 'yes' },
      body,
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-seen')).toBe('yes');
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/']);
    expect(await res.json()).toEqual({ method: 'POST', url: `https://site.example${PATH}?q=1`, body });
  });

  it('sends a json() answer as NextResponse.json would: same body, status, headers', async () => {
    const res = await fetch(`${base}${JSON_PATH}`, { method: 'POST', body: '' });
    expect(res.status).toBe(202);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('x-extra')).toBe('1');
    expect(await res.text()).toBe(JSON.stringify({ ok: true, name: '試験' }));
  });

  it("sends a cookie only as Set-Cookie: none of Next.js's x-middleware-* headers reach the browser", async () => {
    const res = await fetch(`${base}${COOKIE_PATH}`, { method: 'POST', body: '' });
    expect(res.headers.getSetCookie()).toEqual(['hpki_test=secret-token; Path=/; HttpOnly']);
    const names = [...res.headers.keys()];
    expect(names.filter((n) => n.startsWith('x-middleware'))).toEqual([]);
    expect(JSON.stringify([...res.headers.entries()].filter(([n]) => n !== 'set-cookie'))).not.toContain(
      'secret-token',
    );
  });

  it('a route served by path serves that path: every leanPost(path(name)) names its own file', () => {
    const files = fs
      .readdirSync('app/api', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('route.ts'))
      .map((f) => path.join('app/api', f));
    const lean = files.filter((f) => fs.readFileSync(f, 'utf8').includes('leanPost('));
    expect(lean.length).toBeGreaterThanOrEqual(18);
    for (const file of lean) {
      const name = /leanPost\(\s*path\('(\w+)'\)/.exec(fs.readFileSync(file, 'utf8'))?.[1];
      const route = ROUTES[name as keyof typeof ROUTES];
      expect(route?.path, file).toBe(`/${path.dirname(file).replace(/^app\//, '')}`);
      expect(route?.methods, file).toEqual(['POST']);
    }
  });

  it('an edge route gets what proxy.ts sets on its answers, over what the route set', async () => {
    const EDGE = '/api/test/lean-edge';
    leanPost(
      EDGE,
      async () => new Response(null, { status: 303, headers: { location: '/x', 'cache-control': 'public' } }),
      {
        edge: true,
      },
    );
    const res = await fetch(`${base}${EDGE}`, { method: 'POST', redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // The echo route is not an edge route: only what it set itself.
    const plain = await fetch(`${base}${PATH}`, { method: 'POST', body: '{}' });
    expect(plain.headers.get('content-security-policy')).toBeNull();
  });

  it('a GET of one segment: decoded as Next.js hands it over; anything else is left to Next.js', async () => {
    leanGetSegment('/t/', async (req: Request, segment: string) =>
      Response.json({ segment, method: req.method, body: await req.text() }),
    );
    expect(leanHandler('GET', '/t/')).toBeUndefined();
    expect(leanHandler('GET', '/t/a/b')).toBeUndefined();
    expect(leanHandler('GET', '/t/%E3%81')).toBeUndefined();
    expect(leanHandler('POST', '/t/abc')).toBeUndefined();
    expect(leanHandler('HEAD', '/t/abc')).toBeUndefined();
    const res = await fetch(`${base}/t/AB%20CD?x=1`);
    expect(await res.json()).toEqual({ segment: 'AB CD', method: 'GET', body: '' });
    // Inside proxy.ts's matcher: its headers too.
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
