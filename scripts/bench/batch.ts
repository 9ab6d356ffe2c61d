/**
 * `npm run bench -- batch [--tickets 10000]`: the issuing system's print run, end to end through
 * the real CLI process — `tickets:issue --person-ids-file … --cards-html …` against a fresh SQLite
 * database of that many holders. Reports wall time (the budget: 10 000 in < 60 s on two
 * cores), tickets per second and the size of the cards file.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');

export function run(args: string[], env: Record<string, string>) {
  const started = performance.now();
  const r = spawnSync(TSX, ['--conditions=react-server', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`${args[0]} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return { stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started };
}

export function benchBatch(tickets: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-bench-batch-'));
  try {
    const env = { DATA_DIR: dir, DATABASE_URL: '', PUBLIC_ORIGIN: 'https://bench.example' };
    const seeded = run(['scripts/bench/seed-holders.ts', String(tickets)], env);
    const idsFile = path.join(dir, 'ids.txt');
    fs.writeFileSync(idsFile, seeded.stdout);
    const cards = path.join(dir, 'cards.html');
    const issued = run(['scripts/admin.ts', 'tickets:issue', '--person-ids-file', idsFile, '--cards-html', cards], env);
    const out = JSON.parse(issued.stdout) as unknown[];
    if (out.length !== tickets) throw new Error(`issued ${out.length} of ${tickets}`);
    return {
      tickets,
      wallSeconds: Math.round(issued.ms / 100) / 10,
      ticketsPerSecond: Math.round(tickets / (issued.ms / 1000)),
      cardsHtmlMiB: Math.round(fs.statSync(cards).size / 1024 / 102.4) / 10,
      seedSeconds: Math.round(seeded.ms / 100) / 10,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `npm run bench -- lookup [--holders 1000000] [--runs 500]`: the support console's holder search
 * (budget: p95 < 20 ms server time at 1 M holders) and the doctor-side lookups (holder by 本人ID,
 * ticket by code: < 5 ms p95), timed in-process on a fresh SQLite database of that many holders.
 */
export function benchLookup(holders: number, runs: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-bench-lookup-'));
  try {
    const env = { DATA_DIR: dir, DATABASE_URL: '', PUBLIC_ORIGIN: 'https://bench.example' };
    return JSON.parse(run(['scripts/bench/lookup-run.ts', String(holders), String(runs)], env).stdout) as unknown;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench -- password`: CPU per birth-date check, keyed (now) and scrypt (before). */
export function benchPassword(runs: number) {
  return JSON.parse(run(['scripts/bench/password-run.ts', String(runs)], { DATABASE_URL: '' }).stdout) as unknown;
}

/** A CSV of `n` valid holders in the issuing system's format (no real data). */
function holdersCsv(file: string, n: number) {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, 'personId,cardId,medicalRegistrationNumber,name,kana,birthDate\n');
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const d = String(i).padStart(9, '0');
    chunk += `8${d},B${d}XY,${i + 1},試験 太郎${i},シケン タロウ,1980-04-${String((i % 28) + 1).padStart(2, '0')}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(out, chunk);
      chunk = '';
    }
  }
  fs.writeSync(out, chunk);
  fs.closeSync(out);
}

/**
 * `npm run bench -- import [--holders 100000]`: `holders:import` through the real CLI process into a
 * fresh SQLite database (budget: 100 000 in ≤ 60 s on two cores), with the process's peak memory.
 */
export function benchImport(holders: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-bench-import-'));
  try {
    const env = { DATA_DIR: dir, DATABASE_URL: '', PUBLIC_ORIGIN: 'https://bench.example' };
    const csv = path.join(dir, 'holders.csv');
    holdersCsv(csv, holders);
    run(['scripts/migrate.ts'], env);
    const imported = run(['scripts/admin.ts', 'holders:import', '--csv', csv], env);
    const out = JSON.parse(imported.stdout) as { imported: number };
    if (out.imported !== holders) throw new Error(`imported ${out.imported} of ${holders}`);
    return {
      holders,
      csvMiB: Math.round(fs.statSync(csv).size / 1024 / 102.4) / 10,
      wallSeconds: Math.round(imported.ms / 100) / 10,
      holdersPerSecond: Math.round(holders / (imported.ms / 1000)),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
