/**
 * `npm run demo`: migrate, add demo holders if absent, issue fresh tickets, print their URLs, codes
 * and birth dates, build, then start the site at http://localhost:3000 (`-- --no-build` reuses a build).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { runServerTask } from './run-server-task';

// The demo is a local production build: give it a local origin and a throw-away secret.
process.env.PUBLIC_ORIGIN ??= 'http://localhost:3000';
process.env.RP_ID ??= 'localhost';
process.env.SESSION_SECRET ??= randomBytes(32).toString('base64url');

runServerTask('scripts/migrate.ts');
process.stdout.write(runServerTask('scripts/seed-demo.ts'));

// Always build (about 20 s): a build left by another commit or an e2e run would serve stale code.
if (!process.argv.includes('--no-build') || !existsSync('.next/BUILD_ID')) {
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
void import('./start');
