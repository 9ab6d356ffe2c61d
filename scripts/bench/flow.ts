/**
 * `npm run bench -- flow [--n 40] [--conc 1,8] [--runs 3] [--pg URL]`: server CPU per registration,
 * phase by phase, of the real flow over HTTP — every request a phone makes, pages included —
 * with software-passkey clients (tests/support/soft-passkey.ts) against the production build started by
 * scripts/start.ts in its own process group. CPU is utime + stime of that group from /proc
 * (Linux), so it counts Next.js, the database driver and the fsyncs of durable writes alike.
 * Needs `npm run build`. Compare with SimpleWebAuthn's example server: ../shared/bench/flow-bench.mjs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, PHASES, createCredential, pool, type CreationOptions, type Phase } from './phone';
import { benchEnv, groupCpu, median, round, seedTickets, startServer } from './server';

export type FlowOptions = {
  n: number;
  concs: number[];
  runs: number;
  port: number;
  pg?: string;
  profile?: string;
  /** SimpleWebAuthn's example server (../shared/bench/anchor-example), measured beside the product. */
  anchor?: { url: string; pgid: number };
};

/** Registrations done before measuring, so the figures are of a warm server (JIT, caches, pool). */
export const WARMUP = 10;

export async function benchFlow(options: FlowOptions) {
  const { n, concs, runs, port } = options;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-bench-flow-'));
  const env = benchEnv(dir, `http://localhost:${port}`, options.pg);
  const results: Record<string, number[]> = {};
  const add = (key: string, v: number) => (results[key] ??= []).push(v);
  // When each phase ran, for scripts/bench/profile-summary.ts --phase (profiles share this clock).
  const windows: Array<{ phase: string; conc: number; startUs: number; endUs: number }> = [];
  try {
    const tickets = seedTickets(WARMUP + n * concs.length * runs, env, dir);
    const server = await startServer(env, port, options.profile);
    const { base, pgid } = server;
    try {
      let next = WARMUP;
      let ip = 1;
      const warm = tickets.slice(0, WARMUP);
      const warmClients = warm.map(() => new Client(base, `10.8.0.${ip++}`));
      for (const phase of Object.keys(PHASES) as Phase[])
        await pool(warm, 4, (t, k) => PHASES[phase](warmClients[k]!, t, base));
      for (let r = 0; r < runs; r++) {
        for (const conc of concs) {
          const batch = tickets.slice(next, (next += n));
          const clients = batch.map(() => new Client(base, `10.9.${(ip >> 8) & 255}.${ip++ & 255}`));
          for (const phase of Object.keys(PHASES) as Phase[]) {
            const before = groupCpu(pgid);
            const startUs = monotonicUs();
            await pool(batch, conc, (t, k) => PHASES[phase](clients[k]!, t, base));
            add(`${phase} c${conc}`, ((groupCpu(pgid) - before) * 1000) / n);
            windows.push({ phase, conc, startUs, endUs: monotonicUs() });
          }
          if (options.anchor) add(`anchor c${conc}`, await anchorCpu(options.anchor, n, conc));
        }
      }
    } finally {
      await server.stop();
    }
  } finally {
    if (options.profile) fs.mkdirSync(options.profile, { recursive: true });
    if (options.profile) fs.writeFileSync(path.join(options.profile, 'phases.json'), JSON.stringify(windows));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const cpuMsPerRegistration: Record<string, Record<string, number>> = {};
  for (const conc of concs) {
    const cell: Record<string, number> = {};
    for (const phase of Object.keys(PHASES)) cell[phase] = round(median(results[`${phase} c${conc}`]!));
    cell.withoutPassword = round(
      Object.keys(PHASES)
        .filter((p) => p !== 'password')
        .reduce((s, p) => s + (cell[p] as number), 0),
    );
    if (options.anchor) {
      cell.anchorWebauthn = round(median(results[`anchor c${conc}`]!));
      cell.webauthnRatio = round((cell.webauthn as number) / cell.anchorWebauthn);
    }
    cpuMsPerRegistration[`${conc} client${conc > 1 ? 's' : ''}`] = cell;
  }
  return { engine: options.pg ? 'postgres' : 'sqlite', registrationsPerCell: n, runs, cpuMsPerRegistration };
}

/** CPU per ceremony of the example server: its options, the authenticator, its verify. */
async function anchorCpu(anchor: { url: string; pgid: number }, n: number, conc: number) {
  const before = groupCpu(anchor.pgid);
  await pool(Array.from({ length: n }), conc, async () => {
    const c = new Client(anchor.url, '127.0.0.1');
    const options = JSON.parse((await c.call('GET', '/generate-registration-options')).text) as CreationOptions;
    const r = await c.call('POST', '/verify-registration', { json: createCredential(options, anchor.url) });
    if (!(JSON.parse(r.text) as { verified?: boolean }).verified) throw new Error(`anchor: ${r.text.slice(0, 200)}`);
  });
  return ((groupCpu(anchor.pgid) - before) * 1000) / n;
}

/** CLOCK_MONOTONIC in µs: the clock of `node --cpu-prof` timestamps on Linux. */
const monotonicUs = () => Number(process.hrtime.bigint() / 1000n);
