/**
 * `npm run admin -- staff:*` run for real in its own process against a temporary DATA_DIR
 * (SQLite): JSON on stdout; bad arguments → a clear message on stderr, exit 1, nothing written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/client';
import { runScript, type Run } from './run-script';

const ORIGIN = 'https://cli.test.example';

describe('operator CLI: staff accounts [sqlite]', { timeout: 120_000 }, () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-staff-cli-'));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const admin = (...args: string[]): Promise<Run> =>
    runScript('scripts/admin.ts', args, { DATA_DIR: dataDir, PUBLIC_ORIGIN: ORIGIN });

  async function ok(...args: string[]): Promise<unknown> {
    const r = await admin(...args);
    if (r.status !== 0) throw new Error(`admin ${args[0]} exited ${r.status}: ${r.stderr}`);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout);
  }

  /** Every row of the staff tables and the audit log. */
  async function snapshot(): Promise<string> {
    const { db, ready } = openDatabase({ dataDir });
    try {
      await ready;
      const tables = ['staff', 'staff_enrolments', 'staff_sessions', 'audit_events'] as const;
      return JSON.stringify(
        await Promise.all(tables.map((table) => db.selectFrom(table).selectAll().orderBy('id').execute())),
      );
    } finally {
      await db.destroy();
    }
  }

  let staffId = '';

  it('staff:add prints the account with a single-use enrolment link valid for 24 hours, audited as the CLI', async () => {
    const before = Date.now();
    const out = (await ok('staff:add', '--name', '管理 花子', '--role', 'admin')) as Record<string, string>;
    expect(Object.keys(out).sort()).toEqual(['enrolUrl', 'expiresAt', 'role', 'staffId']);
    expect(out.role).toBe('admin');
    expect(out.enrolUrl).toMatch(new RegExp(`^${ORIGIN}/support/enrol/[A-Za-z0-9_-]{43}$`));
    const ttl = Date.parse(out.expiresAt!) - before;
    expect(ttl).toBeGreaterThan(24 * 3600_000 - 60_000);
    expect(ttl).toBeLessThanOrEqual(24 * 3600_000 + 60_000);
    staffId = out.staffId!;
    // The token is stored only hashed, and never in the audit log.
    const token = out.enrolUrl!.split('/').pop()!;
    const rows = await snapshot();
    expect(rows).not.toContain(token);
    expect(rows).toContain('"actor":"operator:cli"');
    expect(rows).toContain('staff.added');
  });

  it('staff:list shows the accounts as JSON', async () => {
    const list = (await ok('staff:list')) as Array<Record<string, unknown>>;
    expect(list).toContainEqual(
      expect.objectContaining({ staffId, name: '管理 花子', role: 'admin', disabled: false, passkeys: 0 }),
    );
  });

  it.each([
    [['staff:add', '--name', '職員', '--role', 'root'], /--role must be admin or support/],
    [['staff:add', '--name', '職員'], /missing --role/],
    [['staff:add', '--role', 'support'], /missing --name/],
    [['staff:add', '--name', 'x'.repeat(101), '--role', 'support'], /--name must be 1 to 100 characters/],
    [['staff:add', '--name', '職員', '--role', 'support', '--bogus', '1'], /Unknown option '--bogus'/],
    [['staff:disable', '--id', 'nope'], /--id must be a staff id|no staff account/],
    [['staff:disable', '--id', '00000000-0000-4000-8000-000000000000'], /no staff account with id/],
    [['staff:disable'], /missing --id/],
  ])('%j is refused with a clear message and changes nothing', async (args, message) => {
    const before = await snapshot();
    const r = await admin(...args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(await snapshot()).toBe(before);
  });

  it('staff:disable disables the account; a second time is refused', async () => {
    expect(await ok('staff:disable', '--id', staffId)).toEqual({ staffId, disabled: true, sessionsEnded: 0 });
    const list = (await ok('staff:list')) as Array<Record<string, unknown>>;
    expect(list.find((s) => s.staffId === staffId)).toMatchObject({ disabled: true });
    const r = await admin('staff:disable', '--id', staffId);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/already disabled/);
  });
});
