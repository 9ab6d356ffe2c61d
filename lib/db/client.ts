import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { env } from '@/lib/env';
import { log } from '@/lib/log';
import { nameFixedStatements } from './prepared';
import { migrationProvider } from './migrations';
import { withStatementCache } from './statement-cache';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database> | Kysely<Database>;
export type Engine = 'sqlite' | 'postgres';

type Handle = { db: Db; engine: Engine; ready: Promise<void> };

// bigint columns hold epoch milliseconds, well inside Number's exact range.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type OpenOptions = { databaseUrl?: string; dataDir?: string; file?: string };

/** The embedded database's file in `dataDir` (SQLite keeps its `-wal` and `-shm` files beside it). */
export function sqliteFile(dataDir = './data'): string {
  return path.join(dataDir, 'hpki.sqlite');
}

/** Opens a database and runs pending migrations. Used by the app (lazily) and by tests/CLI. */
export function openDatabase(options: OpenOptions): Handle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not kill the process:
    // the next query fails and the request answers server.unavailable.
    pool.on('error', (err) => log.warn('db.pool.error', { error: err }));
    // The fixed-shape queries as named prepared statements, per connection (lib/db/prepared.ts).
    pool.on('connect', nameFixedStatements);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', ready: migrate(db, 'postgres') };
  }
  const file = options.file ?? sqliteFile(options.dataDir);
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL + synchronous=FULL: durable commits; busy_timeout lets the CLI and the server share the file.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 10000');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  return { db, engine: 'sqlite', ready: migrate(db, 'sqlite') };
}

async function migrate(db: Db, engine: Engine): Promise<void> {
  // Kysely looks for its migration tables in every schema unless told which: on a PostgreSQL
  // database with another schema that has them (tests: one schema per file) it would skip
  // creating its own. The schema is the connection's own (`search_path`), as for every table.
  const schema =
    engine === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ''}`, { cause: error });
  }
}

let handle: Handle | undefined;

/** The app's database: opened on first use, never at import (`next build` imports route modules). */
export async function getDb(): Promise<{ db: Db; engine: Engine }> {
  if (!handle) {
    const e = env();
    handle = openDatabase({ databaseUrl: e.databaseUrl, dataDir: e.dataDir });
    const opened = handle;
    // A failed open is forgotten (and its pool closed) so the next request tries afresh.
    opened.ready.catch(() => {
      if (handle === opened) handle = undefined;
      void opened.db.destroy().catch(() => undefined);
    });
  }
  const current = handle;
  await current.ready;
  return { db: current.db, engine: current.engine };
}

/** True when the database answers a query: the health check and the proxy's page guard ask this. */
export async function databaseAvailable(): Promise<boolean> {
  try {
    const { db } = await getDb();
    await sql`select 1`.execute(db);
    return true;
  } catch (err) {
    log.error('db.unavailable', { error: err });
    return false;
  }
}

/** Replaces the app database (tests and CLI point the same code at their own database). */
export function useDatabase(h: Handle): void {
  handle = h;
}

export async function closeDatabase(): Promise<void> {
  const current = handle;
  handle = undefined;
  if (current) await current.db.destroy();
}

/**
 * Runs `fn` in one transaction. On SQLite it starts with BEGIN IMMEDIATE so that a transaction that
 * reads then writes takes the write lock up front (waiting on busy_timeout) instead of failing with
 * SQLITE_BUSY when another process (the operator CLI) writes in between.
 */
export async function withTransaction<T>(fn: (tx: Tx, engine: Engine) => Promise<T>): Promise<T> {
  const { db, engine } = await getDb();
  if (engine === 'postgres') return db.transaction().execute((tx) => fn(tx, engine));
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn, engine);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn);
      throw err;
    }
  });
}

/**
 * Serialises the writers of one holder's rows (credential registration or rotation, ticket issue)
 * inside `withTransaction`. PostgreSQL: a row lock on the holder (`SELECT … FOR UPDATE`) held until
 * the transaction ends; without it, concurrent rotations fail on the one-active-credential index
 * and concurrent issues leave two open tickets. SQLite: BEGIN IMMEDIATE already holds the
 * database's only write lock, so there is nothing to do.
 */
export async function lockHolder(tx: Tx, engine: Engine, holderId: string): Promise<void> {
  if (engine === 'postgres')
    await tx.selectFrom('holders').select('id').where('id', '=', holderId).forUpdate().execute();
}

/** True for a unique-constraint violation on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string } | undefined;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
