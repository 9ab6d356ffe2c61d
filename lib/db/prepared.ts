import type pg from 'pg';

/**
 * Named prepared statements on PostgreSQL for the queries of fixed shape (lib/db/compiled.ts):
 * node-postgres sends every query as an unnamed statement, so the server parses and plans the same
 * SQL text on every call. A text registered here is sent under its name instead (`hpki_1`, …),
 * parsed once per connection. Only fixed-shape texts are registered — a few dozen, bounded by the
 * code — so a connection never gathers statements without end. One name per text for the life of
 * the process, which node-postgres requires. A pooler in transaction mode must support prepared
 * statements (PgBouncer ≥ 1.21 with `max_prepared_statements`).
 */
const NAMES = new Map<string, string>();

/** Marks a fixed-shape SQL text to be prepared under a name of its own. */
export function preparable(sql: string): void {
  if (!NAMES.has(sql)) NAMES.set(sql, `hpki_${NAMES.size + 1}`);
}

type Query = (...args: unknown[]) => unknown;

/** Sends the registered texts of `client`'s `query(text, values)` calls (Kysely's) as named statements. */
export function nameFixedStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as Query;
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    const name = typeof text === 'string' && args.length === 2 ? NAMES.get(text) : undefined;
    return name ? query({ name, text, values }) : query(...args);
  }) as typeof client.query;
}
