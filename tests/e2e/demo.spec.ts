/**
 * `PORT=… npm run demo -- --reset` for real (scripts/demo.ts, reusing this run's build): what it
 * prints and where its pages send the browser stay on the port it listens on.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_PORT } from './server-env';
import { expect, test } from './fixtures/test';

const PORT = E2E_PORT + 2;
const ORIGIN = `http://localhost:${PORT}`;
const DATA_DIR = `./data/demo-e2e-${PORT}`;

test('PORT=… npm run demo prints its URLs on that port and the QR URL leads to the terms there', async ({ page }) => {
  test.setTimeout(180_000);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), DATA_DIR, LOG_LEVEL: 'warn' };
  for (const name of ['PUBLIC_ORIGIN', 'RP_ID', 'DATABASE_URL', 'SESSION_SECRET', 'TRUST_PROXY']) delete env[name];
  const demo = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/demo.ts', '--no-build', '--reset'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  demo.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  demo.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
  try {
    await expect.poll(() => out, { timeout: 150_000 }).toMatch(/ready at|error/);
    expect(out).toContain(`ready at ${ORIGIN} `);
    expect(out).toContain('Deleted the demo database');
    expect(out).toContain('医籍登録番号 900001');
    const urls = [...out.matchAll(/URL: +(\S+)/g)].map((m) => m[1] ?? '');
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${ORIGIN}/r/[0-9A-Z]{20}$`));

    await page.goto(urls[0] ?? '');
    await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(ORIGIN);
  } finally {
    await page.goto('about:blank'); // nothing in the page may call the demo server once it is gone
    if (demo.exitCode === null && demo.pid) {
      process.kill(-demo.pid, 'SIGTERM');
      await once(demo, 'exit');
    }
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  }
});
