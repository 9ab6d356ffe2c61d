/**
 * `npm run bench`: performance figures of a production build, measured through the real UI.
 *   - server time of the registration endpoints (password check, options, verify) over N runs;
 *   - first-load JavaScript of the doctor's pages, and what the QR scanner adds when started.
 * Needs a build (`npm run build`) and Chromium. Prints JSON; budgets are compared by the reader.
 *   npm run bench -- [--runs 10]
 *   npm run bench -- batch [--tickets 10000]   (tickets:issue print run; see scripts/bench/batch.ts)
 *   npm run bench -- lookup [--holders 1000000] [--runs 500]   (support lookup at scale)
 *   npm run bench -- import [--holders 100000]   (holders:import of a generated CSV)
 *   npm run bench -- password [--runs 200]   (CPU per birth-date check, keyed vs the former scrypt)
 *   npm run bench -- js   (first-load JS, gzip, of each doctor page; the QR scanner on demand)
 *   npm run bench -- flow [--n 40] [--conc 1,8] [--runs 3] [--pg URL] [--profile DIR]
 *       [--anchor URL --anchor-pgid PGID]   (server CPU per phase; beside SimpleWebAuthn's example)
 *   npm run bench -- scale --pg URL [--instances 1,2] [--n 120] [--conc 16] [--runs 3]   (registrations/s, one vs several instances)
 */
import { spawn } from 'node:child_process';
import { chromium, devices, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { VirtualAuthenticator } from '../tests/e2e/fixtures/authenticator';
import { agreeToTerms, enterPassword, confirmUsername } from '../tests/e2e/fixtures/flow';
import { holderWithTicket } from '../tests/e2e/fixtures/operator';
import { E2E_ENV, E2E_ORIGIN, E2E_PORT } from '../tests/e2e/server-env';
import { benchBatch, benchImport, benchLookup, benchPassword } from './bench/batch';
import { benchFirstLoad } from './bench/first-load';
import { benchFlow } from './bench/flow';
import { benchScale } from './bench/scale';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] as number) : NaN;
}

async function waitForServer() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${E2E_ORIGIN}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

/** Server time of one request: from the request being sent to the first response byte. */
function serverTimes(page: Page, paths: string[]) {
  const times: Record<string, number[]> = Object.fromEntries(paths.map((p) => [p, []]));
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    const t = request.timing();
    if (path in times) times[path]!.push(t.responseStart - t.requestStart);
  });
  return times;
}

async function main() {
  const server = spawn('npx', ['tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...E2E_ENV, PORT: String(E2E_PORT) },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer();
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const endpoints = ['/api/flow/password', '/api/register/options', '/api/register/verify'];
    const all: Record<string, number[]> = Object.fromEntries(endpoints.map((p) => [p, []]));
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'ja-JP', baseURL: E2E_ORIGIN });
      const page = await context.newPage();
      await VirtualAuthenticator.add(page);
      const times = serverTimes(page, endpoints);
      const { holder, ticket } = await holderWithTicket();
      await page.goto(ticket.url);
      await agreeToTerms(page);
      await enterPassword(page, holder.password);
      await confirmUsername(page);
      await page.getByRole('button', { name: '登録', exact: true }).click();
      await page.getByRole('heading', { name: 'ラベル登録' }).waitFor();
      for (const p of endpoints) all[p]!.push(...times[p]!);
      await context.close();
    }

    // First-load JavaScript of the QR page, then what starting the scanner adds.
    const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'ja-JP', baseURL: E2E_ORIGIN });
    const page = await context.newPage();
    let bytes = 0;
    const scripts: string[] = [];
    page.on('response', async (r) => {
      if (r.request().resourceType() !== 'script') return;
      const size = (await r.body().catch(() => Buffer.alloc(0))).length;
      bytes += size;
      scripts.push(`${new URL(r.url()).pathname} ${size}`);
    });
    await page.goto('/');
    await agreeToTerms(page);
    await page.waitForLoadState('networkidle');
    bytes = 0;
    scripts.length = 0;
    await page.getByRole('button', { name: '初回登録の方はこちら' }).click();
    await page.getByRole('button', { name: 'カメラで読み取る' }).waitFor();
    await page.waitForLoadState('networkidle');
    const qrFirstLoad = bytes;
    await page.getByRole('button', { name: 'カメラで読み取る' }).click();
    await page.waitForTimeout(3000);
    const scannerAdds = bytes - qrFirstLoad;
    if (process.env.BENCH_VERBOSE) process.stderr.write(`${scripts.join('\n')}\n`);
    await browser.close();

    const result = {
      runs,
      serverMsMedian: Object.fromEntries(endpoints.map((p) => [p, Math.round(median(all[p]!))])),
      serverMsMax: Object.fromEntries(endpoints.map((p) => [p, Math.round(Math.max(...all[p]!))])),
      qrPageFirstLoadJsKiB: Math.round(qrFirstLoad / 1024),
      qrScannerOnDemandJsKiB: Math.round(scannerAdds / 1024),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

function text(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** `--name 1,8`: positive whole numbers, or the fallback. */
function list(name: string, fallback: number[]): number[] {
  const values = (text(name) ?? '').split(',').map(Number);
  return values.every((v) => Number.isInteger(v) && v > 0) ? values : fallback;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) || fallback : fallback;
}

const modes: Record<string, () => unknown> = {
  flow: () =>
    benchFlow({
      n: arg('--n', 40),
      concs: list('--conc', [1, 8]),
      runs: arg('--runs', 3),
      port: arg('--port', E2E_PORT + 80),
      pg: text('--pg'),
      profile: text('--profile'),
      anchor: text('--anchor') ? { url: text('--anchor')!, pgid: arg('--anchor-pgid', 0) } : undefined,
    }),
  scale: () =>
    benchScale({
      pg: text('--pg') ?? '',
      instances: list('--instances', [1, 2]),
      n: arg('--n', 120),
      conc: arg('--conc', 16),
      runs: arg('--runs', 3),
      port: arg('--port', E2E_PORT + 90),
    }),
  js: () => benchFirstLoad(),
  batch: () => benchBatch(arg('--tickets', 10_000)),
  lookup: () => benchLookup(arg('--holders', 1_000_000), arg('--runs', 500)),
  password: () => benchPassword(arg('--runs', 200)),
  import: () => benchImport(arg('--holders', 100_000)),
};
const chosen = modes[process.argv[2] ?? ''];
const mode = chosen ? async () => process.stdout.write(`${JSON.stringify(await chosen(), null, 2)}\n`) : main;

mode().catch((err) => {
  process.stderr.write(`bench failed: ${(err as Error).message}\n`);
  process.exit(1);
});
