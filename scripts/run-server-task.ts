import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * Runs one of our server-side scripts (migrate, seed) in its own Node process with the
 * `react-server` condition, which lets modules guarded by `server-only` load outside Next.js.
 */
export function runServerTask(script: string, args: string[] = []): string {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const result = spawnSync(tsx, ['--conditions=react-server', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(`error: ${script} failed\n`);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}
