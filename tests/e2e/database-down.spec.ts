import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { request as http, test, expect, type APIRequestContext } from '@playwright/test';
import { errors } from '../../lib/messages';
import { E2E_ENV, E2E_PORT } from './server-env';

/**
 * A database that is down (spec messages: server.unavailable, "stop the database"): a server of
 * its own, started with `next start` on the last build, whose DATABASE_URL points at a closed
 * port. Every page that needs the database answers 503 with the message in the HTML the server
 * sent (before any script runs); the help pages, which need no database, still work.
 */
const PORT = E2E_PORT + 4;
const ORIGIN = `http://localhost:${PORT}`;
const UNAVAILABLE = errors['server.unavailable'].text;

// One server for the file: the tests share it, so they run in one worker, in order.
test.describe.configure({ mode: 'serial' });

let server: ChildProcess | undefined;
let api: APIRequestContext;

/** A port that was free a moment ago and has no listener: connections to it are refused. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const env = {
    ...process.env,
    ...E2E_ENV,
    NODE_ENV: 'production' as const,
    PUBLIC_ORIGIN: ORIGIN,
    NEXTAUTH_URL: ORIGIN,
    NEXTAUTH_SECRET: E2E_ENV.SESSION_SECRET,
    DATABASE_URL: `postgres://hpki@127.0.0.1:${await closedPort()}/hpki`,
  };
  server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'],
    {
      env,
      // Its logs (one line per refused connection) are not this test's output.
      stdio: 'ignore',
    },
  );
  api = await http.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  // Ready when a page that needs no database answers.
  await expect
    .poll(async () => (await api.get('/help/faq').catch(() => undefined))?.status(), { timeout: 90_000 })
    .toBe(200);
});

test.afterAll(async () => {
  await api?.dispose();
  server?.kill();
});

const pages = [
  '/',
  '/start',
  '/register/qr',
  '/register/password',
  '/register/passkey',
  '/register/label',
  '/register/complete',
  '/login',
  '/card',
  '/device',
  '/device/register',
  '/unavailable',
];
// A doctor in the middle of a registration or device change: the pages look the flow up.
const midFlow = { cookie: 'hpki_flow=returning-doctor; hpki_device_change=returning-doctor' };

/** The message in the HTML markup itself, not only in the data the browser would render it from. */
function expectRenderedMessage(html: string, text: string, path: string) {
  expect(html, path).toContain('data-message-code="server.unavailable"');
  expect(html, path).toContain(`>${text}<`);
}

test('every page that needs the database answers 503 with server.unavailable rendered by the server', async () => {
  for (const path of pages) {
    for (const headers of [midFlow, {}]) {
      const res = await api.get(path, { headers, maxRedirects: 0 });
      expect(res.status(), path).toBe(503);
      expect(res.headers()['cache-control'], path).toContain('no-store');
      expectRenderedMessage(await res.text(), UNAVAILABLE.ja, path);
    }
  }
});

test('the message follows the language cookie', async () => {
  const res = await api.get('/start', { headers: { cookie: `${midFlow.cookie}; lang=en` } });
  expect(res.status()).toBe(503);
  expectRenderedMessage(await res.text(), UNAVAILABLE.en, '/start');
});

test('help pages need no database and still answer 200; health says 503', async () => {
  for (const path of ['/help/faq', '/help/errors', '/reissue']) expect((await api.get(path)).status(), path).toBe(200);
  const moved = await api.get('/help/reissue', { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()['location']).toBe('/reissue');
  expect((await api.get('/api/health')).status()).toBe(503);
});

test('under npm start too, /unavailable (where a failed form post lands) answers 503 with the message', async ({
  request,
}) => {
  const res = await request.get('/unavailable');
  expect(res.status()).toBe(503);
  expectRenderedMessage(await res.text(), UNAVAILABLE.ja, '/unavailable');
});
