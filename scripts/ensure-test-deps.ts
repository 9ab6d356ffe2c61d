/**
 * `pretest`, so `npm test` sets up what it needs on a fresh machine: missing Debian packages for the
 * end-to-end suite are installed with apt-get when this runs as root; otherwise it stops at once
 * with the one command to run.
 */
import { spawnSync } from 'node:child_process';
import { plan, probe } from './test-deps';

function main(): number {
  let next = plan(probe());
  if (next.action === 'install') {
    process.stdout.write(`test setup: installing ${next.packages.join(' ')} (apt-get)\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args: string[]) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', '--no-install-recommends', ...next.packages]);
    // Whatever apt-get said, the machine decides: what is still missing is reported below.
    next = plan({ ...probe(), root: false });
  }
  if (next.action === 'stop') {
    process.stderr.write(`error: ${next.message}\n`);
    return 1;
  }
  return 0;
}

process.exit(main());
