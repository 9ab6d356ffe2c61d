/**
 * The databases the integration tests run against: SQLite always (a fresh file in the OS temp
 * directory), PostgreSQL when `TEST_DATABASE_URL` is set (a fresh schema per test file, selected
 * through `search_path` in the connection string, dropped afterwards). Test files run in parallel
 * processes, so nothing is shared between them.
 *
 * The app code reaches the database through `getDb()`; `useDatabase()` points it at the test
 * database and `closeDatabase()` releases it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
// The schema DDL needs a connection outside the app's pool (the app's pool is bound to the schema).
// eslint-disable-next-line no-restricted-imports
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
// `useDatabase` is not a React hook; the alias keeps the hooks lint rule from thinking so.
import { closeDatabase, openDatabase, useDatabase as installDatabase, type Db, type Engine } from '@/lib/db/client';
import type { HolderInput } from '@/lib/operator/holder-input';

/** `lib/env.ts` reads process.env once, lazily: set what the tests rely on before the first read. */
export const TEST_ORIGIN = 'https://hpki.test.example';
process.env.PUBLIC_ORIGIN = TEST_ORIGIN;
process.env.LOG_LEVEL = 'silent';
delete process.env.DATABASE_URL;

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export type TestDatabase = { engine: Engine; db: Db; close: () => Promise<void> };

/** The engines this run covers, with a reason when one is skipped. */
export const ENGINES: Array<{ engine: Engine; skip?: string }> = [
  { engine: 'sqlite' },
  { engine: 'postgres', skip: TEST_DATABASE_URL ? undefined : 'TEST_DATABASE_URL is not set' },
];

/** Opens a fresh, migrated database for `engine` and makes it the app's database. */
export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  return engine === 'sqlite' ? openSqlite() : openPostgres();
}

async function openSqlite(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-it-'));
  const handle = openDatabase({ file: path.join(dir, 'test.sqlite') });
  installDatabase(handle);
  try {
    await handle.ready;
  } catch (err) {
    await closeDatabase();
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    engine: 'sqlite',
    db: handle.db,
    close: async () => {
      await closeDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(): Promise<TestDatabase> {
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  // Lower case letters, digits and underscores only: safe to interpolate as an identifier.
  const schema = `it_${process.pid}_${randomBytes(6).toString('hex')}`;
  await admin(`create schema ${schema}`);
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const handle = openDatabase({ databaseUrl: url.toString() });
  installDatabase(handle);
  const drop = async () => {
    await closeDatabase();
    await admin(`drop schema if exists ${schema} cascade`);
  };
  try {
    await handle.ready;
    // Make sure the tables really landed in our schema and nowhere shared.
    const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(handle.db);
    if (rows[0]?.s !== schema) throw new Error(`search_path not applied (current_schema ${String(rows[0]?.s)})`);
  } catch (err) {
    await drop();
    throw err;
  }
  return { engine: 'postgres', db: handle.db, close: drop };
}

/** Schema DDL on a connection of its own, outside the app's pool. */
async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Declares `body` once per engine, each in its own describe block with its own fresh database.
 * Blocks run one after the other within a file, so the single app handle is never shared.
 */
export function describeEachEngine(title: string, body: (t: TestDatabase) => void): void {
  for (const { engine, skip } of ENGINES) {
    const name = `${title} [${engine}]`;
    if (skip) {
      describe.skip(`${name} (${skip})`, () => body({ engine } as TestDatabase));
      continue;
    }
    describe(name, () => {
      // Filled in by beforeAll; the body only reads it inside tests and hooks.
      const ctx = { engine } as TestDatabase;
      beforeAll(async () => {
        Object.assign(ctx, await openTestDatabase(engine));
      });
      afterAll(async () => {
        await ctx.close?.();
      });
      body(ctx);
    });
  }
}

let serial = 0;

/** A valid holder with identifiers unique within this process (each test its own holders). */
export function holderInput(overrides: Partial<HolderInput> = {}): HolderInput {
  serial += 1;
  const n = (process.pid % 10_000) * 100_000 + (serial % 100_000);
  const digits = String(n).padStart(9, '0').slice(-9);
  return {
    personId: `1${digits}`,
    cardId: `C${digits}XY`,
    medicalRegistrationNumber: String(100_000 + (serial % 900_000)),
    name: '試験 太郎',
    kana: 'シケン タロウ',
    birthDate: '1980-04-01',
    ...overrides,
  };
}

/** How many rows `table` holds now (tests that check a request stored nothing). */
export async function countRows(db: Db, table: 'flows' | 'audit_events'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
