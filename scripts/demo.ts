/**
 * `npm run demo`: migrate, add demo holders if absent, issue fresh tickets, print their URLs, codes,
 * 医籍登録番号 and birth dates, build, then start the site at http://localhost:$PORT (3000).
 *   -- --no-build   reuses the last build
 *   -- --reset      deletes the demo database first (everything registered in the demo is gone)
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runServerTask } from './run-server-task';

// The demo is a local production build: give it a local origin on the port it listens on, its own
// database (so --reset never touches another), a throw-away secret and a demo-only pepper.
process.env.PUBLIC_ORIGIN ||= `http://localhost:${process.env.PORT || 3000}`;
process.env.RP_ID ??= 'localhost';
process.env.DATA_DIR ??= './data/demo';
process.env.SESSION_SECRET ??= randomBytes(32).toString('base64url');
// Fixed, unlike the secret: the demo database outlives a run, and its birth dates must still check.
process.env.BIRTH_DATE_PEPPER ??= 'demo-only-birth-date-pepper-not-for-production';

runServerTask('scripts/migrate.ts');
process.stdout.write(runServerTask('scripts/seed-demo.ts', process.argv.includes('--reset') ? ['--reset'] : []));

// Always build (about 20 s): a build left by another commit or an e2e run would serve stale code.
const built = path.join(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID');
if (!process.argv.includes('--no-build') || !existsSync(built)) {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
void import('./start');
