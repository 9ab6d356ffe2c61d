/**
 * `npm run bench -- flow [--n 40] [--conc 1,8] [--runs 3] [--pg URL]`: server CPU per registration,
 * phase by phase, of the real flow over HTTP — every request a phone makes, pages included —
 * with software-passkey clients (tests/support/soft-passkey.ts) against the production build started by
 * scripts/start.ts in its own process group. CPU is utime + stime of that group from /proc
 * (Linux), so it counts Next.js, the database driver and the fsyncs of durable writes alike.
 * Needs `npm run build`. Compare with SimpleWebAuthn's example server: ../shared/bench/flow-bench.mjs.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './batch';
import { SoftPasskey } from '../../tests/support/soft-passkey';

/** The parts of the creation options the software passkey needs. */
type CreationOptions = { challenge: string; rp: { id?: string }; user: { id: string } };

/** navigator.credentials.create() of a phone that verifies its user (tests/support/soft-passkey.ts). */
const createCredential = (options: CreationOptions, origin: string) =>
  new SoftPasskey({ rpId: options.rp.id ?? new URL(origin).hostname, origin }, options.user.id).registration(
    options.challenge,
  );

type Ticket = { personId: string; code: string };
const BIRTH = '19800401';
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString());

/** CPU seconds of every process in the group. */
function groupCpu(pgid: number): number {
  let total = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[2]) === pgid) total += (Number(f[11]) + Number(f[12])) / CLK_TCK;
  }
  return total;
}

/** One phone: a cookie jar, its own client address (the site runs with TRUST_PROXY=1). */
class Client {
  private jar = new Map<string, string>();
  constructor(
    private base: string,
    private ip: string,
  ) {}

  async call(method: string, url: string, body?: { form?: Record<string, string>; json?: unknown }) {
    const headers: Record<string, string> = {
      cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; '),
      origin: this.base,
      'x-forwarded-for': this.ip,
    };
    let payload: string | undefined;
    if (body?.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(body.form).toString();
    } else if (body?.json !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body.json);
    }
    const res = await fetch(this.base + url, { method, headers, body: payload, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [kv = ''] = c.split(';');
      const i = kv.indexOf('=');
      const value = kv.slice(i + 1);
      if (value === '' || /max-age=0/i.test(c)) this.jar.delete(kv.slice(0, i));
      else this.jar.set(kv.slice(0, i), value);
    }
    return { status: res.status, location: res.headers.get('location') ?? '', text: await res.text() };
  }

  async redirect(method: string, url: string, to: string, form?: Record<string, string>) {
    const r = await this.call(method, url, form && { form });
    if (![302, 303, 307].includes(r.status) || !new URL(r.location, this.base).pathname.startsWith(to))
      throw new Error(`${method} ${url}: ${r.status} → ${r.location}, wanted ${to}`);
  }

  async page(url: string) {
    const r = await this.call('GET', url);
    if (r.status !== 200) throw new Error(`GET ${url}: ${r.status} ${r.location}`);
  }

  async json(url: string, json: unknown) {
    const r = await this.call('POST', url, { json });
    const answer = JSON.parse(r.text) as { ok: boolean; options?: CreationOptions };
    if (!answer.ok) throw new Error(`POST ${url}: ${r.text.slice(0, 200)}`);
    return answer;
  }
}

/** The phases of one registration, each the requests a phone makes for that screen. */
const PHASES = {
  entry: async (c: Client, t: Ticket) => {
    await c.redirect('GET', `/r/${t.code}`, '/');
    await c.page('/');
    await c.redirect('POST', '/api/flow/terms', '/register/password', { agree: 'yes' });
    await c.page('/register/password');
  },
  password: async (c: Client) => {
    await c.redirect('POST', '/api/flow/password', '/register/login', { password: BIRTH });
    await c.page('/register/login');
  },
  login: async (c: Client, t: Ticket) => {
    await c.redirect('POST', '/api/flow/login', '/register/passkey', { username: t.personId });
    await c.page('/register/passkey');
  },
  webauthn: async (c: Client, _t: Ticket, base: string) => {
    const { options } = await c.json('/api/register/options', { marker: null });
    await c.json('/api/register/verify', { response: createCredential(options!, base) });
  },
  label: async (c: Client) => {
    await c.page('/register/label');
    await c.redirect('POST', '/api/flow/label', '/register/complete', { action: 'ok', label: 'bench' });
    await c.page('/register/complete');
  },
};
type Phase = keyof typeof PHASES;

async function pool<T>(items: T[], conc: number, fn: (item: T, k: number) => Promise<void>) {
  let i = 0;
  await Promise.all(
    Array.from({ length: conc }, async () => {
      while (i < items.length) {
        const k = i++;
        await fn(items[k] as T, k);
      }
    }),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return ((s[(s.length - 1) >> 1] as number) + (s[s.length >> 1] as number)) / 2;
};

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
const WARMUP = 10;

export async function benchFlow(options: FlowOptions) {
  const { n, concs, runs, port } = options;
  const base = `http://localhost:${port}`;
  if (await portInUse(base)) throw new Error(`${base} already answers: stop that server or pass --port`);
  if (!fs.existsSync(path.join(process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID')))
    throw new Error('no production build: run `npx next build` first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-bench-flow-'));
  const env: Record<string, string> = {
    DATA_DIR: dir,
    DATABASE_URL: options.pg ?? '',
    PUBLIC_ORIGIN: base,
    RP_ID: 'localhost',
    RP_NAME: 'HPKI bench',
    SESSION_SECRET: 'bench-session-secret-0123456789abcdef0123456789',
    BIRTH_DATE_PEPPER: 'bench-birth-date-pepper-0123456789abcdef0123456',
    TRUST_PROXY: '1',
    LOG_LEVEL: 'warn',
    PORT: String(port),
  };
  const total = WARMUP + n * concs.length * runs;
  const ids = run(['scripts/bench/seed-holders.ts', String(total)], env).stdout;
  const idsFile = path.join(dir, 'ids.txt');
  fs.writeFileSync(idsFile, ids);
  const tickets = JSON.parse(
    run(['scripts/admin.ts', 'tickets:issue', '--person-ids-file', idsFile], env).stdout,
  ) as Ticket[];
  // `node --cpu-prof` writes a profile per process when the server exits (--profile DIR).
  const profile = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profile)}`] : [];
  // The server's output goes to a file, shown if it fails to start (it used to be thrown away).
  const logFile = path.join(os.tmpdir(), `hpki-bench-flow-server-${port}.log`);
  const log = fs.openSync(logFile, 'w');
  const server = spawn(process.execPath, [...profile, '--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
    // Its own process group, so every process of the server is counted (and stopped).
    detached: true,
  });
  const pgid = server.pid!;
  const results: Record<string, number[]> = {};
  const add = (key: string, v: number) => (results[key] ??= []).push(v);
  // When each phase ran, for scripts/bench/profile-summary.ts --phase (profiles share this clock).
  const windows: Array<{ phase: string; conc: number; startUs: number; endUs: number }> = [];
  try {
    await waitFor(base, server, logFile);
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
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      // already gone (it failed to start)
    }
    await new Promise((r) => setTimeout(r, options.profile ? 3000 : 500));
    fs.closeSync(log);
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

const round = (x: number) => Math.round(x * 100) / 100;
