/**
 * The demo's seed (scripts/seed-demo.ts, run by `npm run demo`) for real in its own process against
 * a temporary DATA_DIR: what it prints for the tester, and `--reset`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holderInput } from './databases';
import { holderAddArgs, runScript } from './run-script';

const ORIGIN = 'http://localhost:3999';
const DEMO = [
  { personId: '9000000001', mrn: '900001' },
  { personId: '9000000002', mrn: '900002' },
  { personId: '9000000003', mrn: '900003' },
];

describe('demo seed [sqlite]', { timeout: 120_000 }, () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-demo-'));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const env = () => ({ DATA_DIR: dataDir, PUBLIC_ORIGIN: ORIGIN });
  async function seed(...args: string[]): Promise<string> {
    const r = await runScript('scripts/seed-demo.ts', args, env());
    if (r.status !== 0) throw new Error(`seed-demo exited ${r.status}: ${r.stderr}`);
    return r.stdout;
  }
  const admin = (...args: string[]) => runScript('scripts/admin.ts', args, env());
  async function ticketStates(personId: string): Promise<string[]> {
    const r = await admin('holder:show', '--person-id', personId);
    expect(r.status, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { tickets: Array<{ state: string }> }).tickets.map((t) => t.state).sort();
  }

  it('prints each demo holder’s 医籍登録番号 (for ログイン) beside the URL, code and birth date', async () => {
    const out = await seed();
    for (const d of DEMO) {
      expect(out).toMatch(new RegExp(`本人ID ${d.personId} +医籍登録番号 ${d.mrn} +生年月日 \\d{8}`));
    }
    expect(out.match(new RegExp(`URL: +${ORIGIN}/r/[0-9A-Z]{20}`, 'g'))).toHaveLength(3);
  });

  it('--reset deletes the demo database and seeds it again: nothing done before is left', async () => {
    const stranger = holderInput();
    const added = await admin(...holderAddArgs(stranger));
    expect(added.status, added.stderr).toBe(0);
    await seed(); // without --reset: the first ticket is superseded
    expect(await ticketStates('9000000001')).toEqual(['active', 'superseded']);

    const out = await seed('--reset');
    expect(out).toContain(`Deleted the demo database ${path.join(dataDir, 'hpki.sqlite')}`);
    for (const d of DEMO) expect(await ticketStates(d.personId)).toEqual(['active']);
    const gone = await admin('holder:show', '--person-id', stranger.personId);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toContain(`no holder with 本人ID ${stranger.personId}`);
  });

  it('--reset refuses to touch a PostgreSQL database', async () => {
    const r = await runScript('scripts/seed-demo.ts', ['--reset'], {
      ...env(),
      DATABASE_URL: 'postgres://nobody@127.0.0.1:9/none',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--reset deletes only the embedded (SQLite) database');
    expect(fs.existsSync(path.join(dataDir, 'hpki.sqlite'))).toBe(true);
  });
});
