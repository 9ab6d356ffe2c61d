/**
 * `npm run bench -- scale --pg URL [--instances 1,2] [--n 120] [--conc 16] [--port P]`: registrations
 * per second of the whole flow (every request of every screen, the password step included) with
 * one instance and with several behind one PostgreSQL database, the phones spread over the
 * instances as a load balancer would (round robin, one instance per phone for its whole flow).
 * Each instance is scripts/start.ts on its own port with the same public origin. Also the CPU of
 * each part — the instances, the PostgreSQL backends, this process (the phones) — against what
 * the machine's cores could give in that time: when that is used up, the figure measures the
 * machine, not the site. Needs `npx next build`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, PHASES, pool, type Phase, type Ticket } from './phone';
import { benchEnv, commandCpu, groupCpu, median, round, seedTickets, startServer, type BenchServer } from './server';
import { WARMUP } from './flow';

export type ScaleOptions = { pg: string; instances: number[]; n: number; conc: number; runs: number; port: number };

/** One registration, screen by screen, on the instance its phone was given. */
async function register(client: Client, ticket: Ticket, publicOrigin: string) {
  for (const phase of Object.keys(PHASES) as Phase[]) await PHASES[phase](client, ticket, publicOrigin);
}

export async function benchScale(options: ScaleOptions) {
  const { pg, instances, n, conc, runs, port } = options;
  if (!pg) throw new Error('scale needs --pg postgres://…: instances share one PostgreSQL database');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-bench-scale-'));
  const publicOrigin = `http://localhost:${port}`;
  const env = benchEnv(dir, publicOrigin, pg);
  const cells: Record<string, Record<string, number>> = {};
  try {
    const tickets = seedTickets((WARMUP + n * runs) * instances.length, env, dir);
    let next = 0;
    let ip = 1;
    const phone = (connect: string) => new Client(publicOrigin, `10.10.${(ip >> 8) & 255}.${ip++ & 255}`, connect);
    for (const k of instances) {
      const servers: BenchServer[] = [];
      try {
        // One after the other: each runs the migrations at start.
        for (let i = 0; i < k; i++) servers.push(await startServer(env, port + i));
        const on = (j: number) => servers[j % k]!.base;
        const warm = tickets.slice(next, (next += WARMUP * k));
        await pool(warm, 4, (t, j) => register(phone(on(j)), t, publicOrigin));
        const perSecond: number[] = [];
        const share: Record<string, number[]> = { instances: [], postgres: [], phones: [] };
        for (let r = 0; r < runs; r++) {
          const batch = tickets.slice(next, (next += n));
          const clients = batch.map((_, j) => phone(on(j)));
          const cpu = () => {
            const self = process.cpuUsage();
            return {
              instances: servers.reduce((s, x) => s + groupCpu(x.pgid), 0),
              postgres: commandCpu('postgres'),
              phones: (self.user + self.system) / 1e6,
            };
          };
          const before = cpu();
          const started = performance.now();
          await pool(batch, conc, (t, j) => register(clients[j]!, t, publicOrigin));
          const seconds = (performance.now() - started) / 1000;
          const after = cpu();
          perSecond.push(n / seconds);
          // Of all the cores could have given in that time, how much each part used.
          const capacity = seconds * os.availableParallelism();
          for (const part of Object.keys(share)) {
            const used = after[part as keyof typeof after] - before[part as keyof typeof before];
            share[part]!.push((100 * used) / capacity);
          }
        }
        cells[`${k} instance${k > 1 ? 's' : ''}`] = {
          registrationsPerSecond: round(median(perSecond)),
          ...Object.fromEntries(Object.entries(share).map(([part, xs]) => [`${part}CpuPercent`, round(median(xs))])),
        };
      } finally {
        for (const s of servers) await s.stop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const one = cells['1 instance']?.registrationsPerSecond;
  const scaling = Object.fromEntries(
    Object.entries(cells)
      .filter(([name]) => name !== '1 instance' && one)
      .map(([name, cell]) => [name, round((cell.registrationsPerSecond as number) / (one as number))]),
  );
  return {
    engine: 'postgres',
    cores: os.availableParallelism(),
    registrationsPerRun: n,
    phones: conc,
    runs,
    cells,
    scaling,
  };
}
