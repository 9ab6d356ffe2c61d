/**
 * `npm run bench -- js`: first-load JavaScript of each doctor page (issue 10 goal 6), gzip-compressed
 * as the browser receives it, measured through the real UI of a production build on a phone: every
 * script a hard load of the page fetches, summed. And what starting the QR scanner adds on demand.
 * Walks the registration journey with a virtual authenticator so that every step page is reached
 * as a doctor reaches it. Needs a build (`npm run build`) and Chromium.
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, devices, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../tests/e2e/chromium';
import { VirtualAuthenticator } from '../../tests/e2e/fixtures/authenticator';
import { agreeToTerms, confirmUsername, enterPassword, registerPasskey } from '../../tests/e2e/fixtures/flow';
import { holderWithTicket } from '../../tests/e2e/fixtures/operator';
import { E2E_ENV, E2E_ORIGIN, E2E_PORT } from '../../tests/e2e/server-env';

/** kB of 1000 bytes, as the budget (and Next.js's own build output) counts them. */
type PageLoad = { path: string; scripts: number; jsKB: number; jsGzipKB: number; files?: string[] };

const kb = (bytes: number) => Math.round(bytes / 100) / 10;

/** Collects every script response of the page from now on; `take()` returns and resets the sum. */
function scriptMeter(page: Page) {
  let raw = 0;
  let gzip = 0;
  let count = 0;
  let names: string[] = [];
  const urls = new Set<string>();
  const pending: Promise<void>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() !== 'script') return;
    // A hard load fetches each script once; a late response of the page before is not counted twice.
    if (urls.has(r.url())) return;
    urls.add(r.url());
    pending.push(
      r
        .body()
        .then((body) => {
          raw += body.length;
          gzip += gzipSync(body).length;
          count += 1;
          names.push(`${new URL(r.url()).pathname} ${kb(gzipSync(body).length)}`);
        })
        .catch(() => undefined),
    );
  });
  return {
    async take() {
      await Promise.all(pending.splice(0));
      const sum = { scripts: count, raw, gzip, names };
      raw = gzip = count = 0;
      names = [];
      urls.clear();
      return sum;
    },
  };
}

async function waitFor(base: string) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

export async function benchFirstLoad() {
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...E2E_ENV, PORT: String(E2E_PORT), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    await waitFor(E2E_ORIGIN);
    const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'ja-JP', baseURL: E2E_ORIGIN });
    // A hard load each time: nothing from the memory or disk cache counts as already there.
    await context.route('**/*', (route) => route.continue());
    const page = await context.newPage();
    await VirtualAuthenticator.add(page);
    const meter = scriptMeter(page);
    const loads: PageLoad[] = [];
    /** Reloads the page the journey is on (or opens `to`) and records what it fetched. */
    const measure = async (to?: string) => {
      // What the last navigation still fetches is not this load's (a reload then could count too little).
      await page.waitForLoadState('networkidle');
      await meter.take();
      if (to) await page.goto(to);
      else await page.reload();
      await page.waitForLoadState('networkidle');
      const sum = await meter.take();
      loads.push({
        path: new URL(page.url()).pathname,
        scripts: sum.scripts,
        jsKB: kb(sum.raw),
        jsGzipKB: kb(sum.gzip),
        ...(process.env.BENCH_VERBOSE ? { files: sum.names } : {}),
      });
    };

    for (const p of [
      '/help/faq',
      '/help/errors',
      '/reissue',
      '/reissue/card',
      '/reissue/apply',
      '/login',
      '/unavailable',
    ]) {
      await measure(p);
    }
    const { holder, ticket } = await holderWithTicket();
    await measure('/');
    await agreeToTerms(page);
    await page.waitForURL('**/start');
    await measure();
    await page.getByRole('button', { name: '初回登録の方はこちら' }).click();
    await page.getByRole('button', { name: 'カメラで読み取る' }).waitFor();
    await measure();
    await meter.take();
    await page.getByRole('button', { name: 'カメラで読み取る' }).click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(2000);
    const scanner = await meter.take();

    await page.goto(ticket.url);
    await agreeToTerms(page);
    await page.getByLabel('初期登録用のパスワード（生年月日8桁）').waitFor();
    await measure();
    await enterPassword(page, holder.password);
    await page.getByRole('heading', { name: 'ログイン' }).waitFor();
    await measure();
    await confirmUsername(page);
    await page.getByRole('heading', { name: 'セキュリティキーの登録' }).waitFor();
    await measure();
    await registerPasskey(page);
    // The label page, loaded whole, before it is reloaded (a reload during the navigation measured nothing).
    await page.waitForURL('**/register/label');
    await page.getByRole('button', { name: 'OK' }).waitFor();
    await page.waitForLoadState('networkidle');
    await measure();
    await page.getByRole('button', { name: 'OK' }).click();
    await page.waitForURL('**/register/complete');
    await measure();

    await context.close();
    const worst = loads.reduce((a, b) => (b.jsGzipKB > a.jsGzipKB ? b : a));
    return {
      budgetGzipKB: 175,
      worst: { path: worst.path, jsGzipKB: worst.jsGzipKB },
      pages: loads,
      qrScannerOnDemand: { scripts: scanner.scripts, jsKB: kb(scanner.raw), jsGzipKB: kb(scanner.gzip) },
    };
  } finally {
    await browser?.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}
