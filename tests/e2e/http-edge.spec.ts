import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { MAX_FORM_BYTES, MAX_JSON_BYTES, PHOTO_UPLOAD_PATH } from '../../lib/http/body-limits';
import { expectAccessible } from './fixtures/axe';
import { expectCatalogueText } from './fixtures/flow';
import { E2E_ENV, E2E_PORT } from './server-env';
import { expect, test } from './fixtures/test';

/**
 * The HTTP edge (issue 11): what reaches the site before any page or route runs. Raw requests go
 * through node:http, which lets a test send headers without a body and pick its source address.
 */
type Raw = { status: number; headers: http.IncomingHttpHeaders; body: string };

function send(port: number, options: http.RequestOptions & { body?: string | Buffer; end?: boolean }): Promise<Raw> {
  const { body, end = true, ...request } = options;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, ...request }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    // `end: false` keeps sending: the answer must come before the body does.
    if (end) req.end();
  });
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomCode = () => Array.from({ length: 20 }, () => CROCKFORD[randomInt(CROCKFORD.length)]).join('');

test('item 1: a damaged QR URL lands on QR entry with qr.codeFormat, and starts no flow', async ({ page, request }) => {
  for (const damaged of ['/r/%E0%A4%A', '/r/%', '/r/ABCD-%ZZ']) {
    const res = await request.get(damaged, { maxRedirects: 0 });
    expect(res.status(), damaged).toBe(303);
    expect(res.headers()['location'], damaged).toMatch(/\/register\/qr\?notice=qr\.codeFormat$/);
    // An older flow is let go, as for any refused code (lib/flow/deep-link.ts); none is started.
    expect(res.headers()['set-cookie'] ?? '', damaged).not.toMatch(/hpki_flow=[^;]/);
  }
  await page.goto('/r/%E0%A4%A');
  await expect(page.getByRole('heading', { name: '初期登録用 QR コードの読み取り' })).toBeVisible();
  await expect(page.getByLabel('登録コード（20文字）')).toBeVisible();
  await expectCatalogueText(page, 'qr.codeFormat');
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('hpki_flow');
  await expectAccessible(page);
});

test('an undecodable page path answers the site’s 404 page, behind a TLS proxy too', async ({ request }) => {
  // The rewrite to the not-found page stays inside the server: it was once proxied over the
  // network, and under X-Forwarded-Proto: https that answered 500 (scripts/start.ts).
  for (const proto of ['http', 'https']) {
    for (const damaged of ['/start%zz', '/reissue%zz', '/support/holders/%E0%A4%A']) {
      const res = await request.get(damaged, { headers: { 'x-forwarded-proto': proto }, maxRedirects: 0 });
      expect(res.status(), `${proto} ${damaged}`).toBe(404);
      expect(await res.text(), `${proto} ${damaged}`).toContain('<html lang="ja"');
    }
  }
});

test('item 2: only the next-auth actions the site uses answer; the rest get the catalogue code', async ({
  request,
}) => {
  const refused: Array<[string, string]> = [
    ['GET', '/api/auth/callback/passkey'],
    ['GET', '/api/auth/signin'],
    ['GET', '/api/auth/signin/passkey'],
    ['POST', '/api/auth/signin/passkey'],
    ['GET', '/api/auth/signout'],
    ['GET', '/api/auth/error'],
    ['GET', '/api/auth/verify-request'],
    ['GET', '/api/auth/callback/github'],
    ['POST', '/api/auth/_log'],
    ['POST', '/api/auth/session'],
    ['GET', '/api/auth/nonsense'],
    ['GET', '/api/auth/%'],
  ];
  for (const [method, url] of refused) {
    const res = await request.fetch(url, { method, maxRedirects: 0 });
    expect([400, 404], `${method} ${url}`).toContain(res.status());
    expect(await res.json(), `${method} ${url}`).toEqual({ ok: false, code: 'request.invalid' });
  }
  const csrf = await request.get('/api/auth/csrf');
  expect(csrf.status()).toBe(200);
  expect(await csrf.json()).toHaveProperty('csrfToken');
  expect((await request.get('/api/auth/providers')).status()).toBe(200);
  expect(await (await request.get('/api/auth/session')).json()).toEqual({});
});

test('item 3: a body over its limit is refused before it is sent, declared or streamed', async ({ clientIp }) => {
  const headers = { 'x-forwarded-for': clientIp, origin: E2E_ENV.PUBLIC_ORIGIN };
  const cases = [
    { path: '/api/register/options', type: 'application/json', limit: MAX_JSON_BYTES },
    { path: '/api/flow/password', type: 'application/x-www-form-urlencoded', limit: MAX_JSON_BYTES },
    { path: '/api/auth/callback/passkey', type: 'application/x-www-form-urlencoded', limit: MAX_FORM_BYTES },
  ];
  for (const { path: url, type, limit } of cases) {
    // Announced over the limit (by one byte, and by 20 MB), a few bytes sent and the request left
    // open: the answer cannot have waited for the body.
    for (const length of [limit + 1, 20 * 1024 * 1024]) {
      const declared = await send(E2E_PORT, {
        method: 'POST',
        path: url,
        headers: { ...headers, 'content-type': type, 'content-length': String(length) },
        body: 'x'.repeat(100),
        end: false,
      });
      expect(declared.status, `${url} ${length}`).toBe(413);
      expect(JSON.parse(declared.body), url).toEqual({ ok: false, code: 'request.invalid' });
    }

    // Chunked, no length: nothing could bound it before reading it.
    const streamed = await send(E2E_PORT, {
      method: 'POST',
      path: url,
      headers: { ...headers, 'content-type': type },
      body: 'x'.repeat(100),
      end: false,
    });
    expect(streamed.status, url).toBe(411);
    expect(JSON.parse(streamed.body), url).toEqual({ ok: false, code: 'request.invalid' });
  }
});

test('item 3: the photo upload answers an over-limit body itself (tooLarge on the form) up to 64 MB, refused beyond', async ({
  clientIp,
}) => {
  const headers = {
    'x-forwarded-for': clientIp,
    origin: E2E_ENV.PUBLIC_ORIGIN,
    'content-type': 'multipart/form-data; boundary=----hpkiEdgeBoundary',
  };
  // 11 MB, sent whole: the handler's own reader refuses it and the form says why.
  const body = Buffer.alloc(11 * 1024 * 1024, 0x41);
  const answered = await send(E2E_PORT, {
    method: 'POST',
    path: PHOTO_UPLOAD_PATH,
    headers: { ...headers, 'content-length': String(body.length) },
    body,
  });
  expect(answered.status).toBe(303);
  expect(answered.headers.location).toMatch(/\/reissue\/apply\?notice=reissue\.photoRejected&reason=tooLarge$/);
  // Announced beyond what any photo could be, or streamed without a length: the edge refuses.
  const beyond = await send(E2E_PORT, {
    method: 'POST',
    path: PHOTO_UPLOAD_PATH,
    headers: { ...headers, 'content-length': String(100 * 1024 * 1024) },
    body: 'x'.repeat(100),
    end: false,
  });
  expect(beyond.status).toBe(413);
  const streamed = await send(E2E_PORT, {
    method: 'POST',
    path: PHOTO_UPLOAD_PATH,
    headers,
    body: 'x'.repeat(100),
    end: false,
  });
  expect(streamed.status).toBe(411);
});

/**
 * Item 12: `next start` (no start script in front) on the same build. Look-ups of unknown codes
 * are limited to 20 per address; each request forges another address in every header a client
 * could use, and the limit still holds. A second real source address has its own bucket.
 */
test('item 12: under `next start` a client cannot pick its rate-limit bucket', async () => {
  test.setTimeout(180_000);
  const port = E2E_PORT + 3;
  const dataDir = `./data/e2e-${port}-next-start`;
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = spawn(
    process.execPath,
    [path.resolve('node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      env: {
        ...process.env,
        ...E2E_ENV,
        PUBLIC_ORIGIN: `http://localhost:${port}`,
        DATA_DIR: dataDir,
        TRUST_PROXY: '0',
        NODE_ENV: 'production',
      },
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    await expect
      .poll(
        () =>
          send(port, { path: '/api/health' }).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 120_000 },
      )
      .toBe(200);

    /** Opens an unknown code's URL as a fresh visitor and says which message QR entry shows. */
    async function lookUp(n: number, localAddress = '127.0.0.1'): Promise<string> {
      const forged = {
        'x-hpki-client-ip': `203.0.113.${n}`,
        'x-hpki-client-ip-proof': 'forged',
        'x-forwarded-for': `198.51.100.${n}`,
      };
      let res = await send(port, { path: `/r/${randomCode()}`, headers: forged, localAddress });
      const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
      for (let hop = 0; hop < 5 && res.status >= 300 && res.status < 400; hop++) {
        const next = new URL(res.headers.location ?? '/', 'http://localhost');
        res = await send(port, { path: next.pathname + next.search, headers: { ...forged, cookie }, localAddress });
      }
      return /data-message-code="([\w.]+)"/.exec(res.body)?.[1] ?? `none (${res.status})`;
    }

    const seen: string[] = [];
    for (let n = 1; n <= 25; n++) seen.push(await lookUp(n));
    expect(seen.slice(0, 20)).toEqual(Array(20).fill('qr.unknown'));
    expect(seen.slice(20)).toEqual(Array(5).fill('rate.limited'));
    expect(await lookUp(99, '127.0.0.2')).toBe('qr.unknown');

    // The body limits hold without the start script too.
    const over = await send(port, {
      method: 'POST',
      path: '/api/register/options',
      headers: {
        'content-type': 'application/json',
        'content-length': String(MAX_JSON_BYTES + 1),
        origin: `http://localhost:${port}`,
      },
      body: Buffer.alloc(MAX_JSON_BYTES + 1, 'x'),
    });
    expect(over.status).toBe(413);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
  expect(stderr).not.toMatch(/Error/);
});
