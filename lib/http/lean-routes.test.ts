import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leanHandler, leanPost, serveLean } from './lean-routes';

const PATH = '/api/test/lean-echo';

/** Echoes what the handler saw, and answers with two cookies and a header of its own. */
leanPost(PATH, async (req: Request) => {
  const headers = new Headers({ 'content-type': 'application/json', 'x-seen': req.headers.get('x-probe') ?? '' });
  headers.append('set-cookie', 'a=1; Path=/; HttpOnly');
  headers.append('set-cookie', 'b=2; Path=/');
  const seen = { method: req.method, url: req.url, body: await req.text() };
  return new Response(JSON.stringify(seen), { status: 201, headers });
});

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const handler = leanHandler(req.method, new URL(req.url ?? '/', 'http://x').pathname);
    if (!handler) return void res.writeHead(404).end();
    void serveLean(handler, req, res, 'https://site.example', (url, init) => new Request(url, init));
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
});
