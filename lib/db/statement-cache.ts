import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct SQL texts keep their prepared statement (the app has a few hundred queries). */
const MAX_STATEMENTS = 1000;

/**
 * The SQLite database as Kysely's dialect sees it, with each SQL text prepared once: Kysely's
 * driver calls `prepare` for every query, and compiling the SQL again each time was a tenth of a
 * WebAuthn request's CPU (docs/decisions/0029-lean-webauthn-path.md). A statement still being
 * iterated (a streamed query) is never handed out twice; a new one is prepared for that call.
 */
export function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = statements.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = database.prepare(sql);
      if (!cached) {
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value as string);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
