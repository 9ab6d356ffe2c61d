/**
 * The site under a flow bench (scripts/bench/flow.ts, scale.ts): the production build started by
 * scripts/start.ts in a process group of its own (so its CPU is counted from /proc, Linux), the
 * holders and tickets it serves, and the CPU of processes by group or by name.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './batch';
import type { Ticket } from './phone';

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString());

/** CPU seconds (utime + stime) of every process for which `pick` says yes, from /proc/PID/stat. */
function cpuOf(pick: (pgid: number, comm: string) => boolean): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (pick(Number(f[2]), comm)) total += (Number(f[11]) + Number(f[12])) / CLK_TCK;
  }
  return total;
}

/** CPU seconds of every process in the group. */
export const groupCpu = (pgid: number) => cpuOf((g) => g === pgid);

/** CPU seconds of every process of that name (the PostgreSQL server's backends: `postgres`). */
export const commandCpu = (name: string) => cpuOf((_, comm) => comm === name);

/** The environment of a bench server: its own data folder, its database, `TRUST_PROXY=1`. */
export function benchEnv(dir: string, publicOrigin: string, pg?: string): Record<string, string> {
  return {
    DATA_DIR: dir,
    DATABASE_URL: pg ?? '',
    PUBLIC_ORIGIN: publicOrigin,
    RP_ID: 'localhost',
    RP_NAME: 'HPKI bench',
    SESSION_SECRET: 'bench-session-secret-0123456789abcdef0123456789',
    BIRTH_DATE_PEPPER: 'bench-birth-date-pepper-0123456789abcdef0123456',
    TRUST_PROXY: '1',
    LOG_LEVEL: 'warn',
  };
}

/** `count` new holders, each with a fresh ticket (scripts/bench/seed-holders.ts, then the CLI). */
export function seedTickets(count: number, env: Record<string, string>, dir: string): Ticket[] {
  const idsFile = path.join(dir, 'ids.txt');
  fs.writeFileSync(idsFile, run(['scripts/bench/seed-holders.ts', String(count)], env).stdout);
  return JSON.parse(run(['scripts/admin.ts', 'tickets:issue', '--person-ids-file', idsFile], env).stdout) as Ticket[];
}

export type BenchServer = { pgid: number; base: string; stop: () => Promise<void> };

/**
 * Starts scripts/start.ts on `port` with `env` and waits for /api/health. `profile`: a folder for
 * `node --cpu-prof`, written when the server exits on SIGTERM.
 */
export async function startServer(env: Record<string, string>, port: number, profile?: string): Promise<BenchServer> {
  const base = `http://localhost:${port}`;
  if (await portInUse(base)) throw new Error(`${base} already answers: stop that server or pass --port`);
  if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID')))
    throw new Error('no production build: run `npx next build` first');
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [];
  // The server's output goes to a file, shown if it fails to start.
  const logFile = path.join(os.tmpdir(), `hpki-bench-flow-server-${port}.log`);
  const log = fs.openSync(logFile, 'w');
  const server = spawn(process.execPath, [...flags, '--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
    // Its own process group, so every process of the server is counted (and stopped).
    detached: true,
  });
  const pgid = server.pid!;
  const stop = async () => {
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      // already gone (it failed to start)
    }
    await new Promise((r) => setTimeout(r, profile ? 3000 : 500));
    fs.closeSync(log);
  };
  try {
    await waitFor(base, server, logFile);
  } catch (err) {
    await stop();
    throw err;
  }
  return { pgid, base, stop };
}

/**
 * Waits for /api/health. A server that exits, or does not answer within the limit, fails the bench
 * with the tail of its own output (a port in use, a missing build, a crash in a migration …).
 */
async function waitFor(base: string, server: ChildProcess, logFile: string) {
  let exited: string | undefined;
  server.once('exit', (code, signal) => (exited = `exited with ${signal ?? code}`));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && !exited) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-3000) : '';
  throw new Error(
    `server did not start (${exited ?? `no answer from ${base}/api/health in ${START_TIMEOUT_MS / 1000} s`}); ` +
      `its output ends:\n${tail || '(nothing)'}`,
  );
}

/** Starting under load (2 shared cores, a migration, Next.js's first compile of routes) can be slow. */
const START_TIMEOUT_MS = 300_000;

/** Something already answers on the port: another server's figures would be measured as ours. */
async function portInUse(base: string): Promise<boolean> {
  try {
    await fetch(base, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};

export const round = (x: number) => Math.round(x * 100) / 100;
