/**
 * lib/db/compiled.ts: a query compiled once answers what Kysely's own query answers, for each
 * call's values, on both engines — constants inside the built query stay bound.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { compiledOnce, compiledPerShape } from '@/lib/db/compiled';
import type { Tx } from '@/lib/db/client';
import { describeEachEngine } from './databases';

describeEachEngine('compiled-once queries', (t) => {
  const live = compiledOnce((db: Tx, key: string, floor: number) =>
    db
      .selectFrom('rate_limits')
      .select(['key', 'count'])
      .where('key', '=', key)
      .where('window_start', '>', floor)
      .where('count', '<', 1000),
  );

  it('binds each call its own values and keeps the constants', async () => {
    const [a, b] = [`compiled-${randomUUID()}`, `compiled-${randomUUID()}`];
    await t.db
      .insertInto('rate_limits')
      .values([
        { key: a, window_start: 100, count: 3 },
        { key: b, window_start: 200, count: 5000 },
      ])
      .execute();
    expect((await live(t.db, a, 50)).rows).toEqual([{ key: a, count: 3 }]);
    expect((await live(t.db, a, 100)).rows).toEqual([]);
    // `count < 1000` is part of the compiled query, not an argument.
    expect((await live(t.db, b, 0)).rows).toEqual([]);
    const kysely = await t.db.selectFrom('rate_limits').select(['key', 'count']).where('key', '=', a).execute();
    expect((await live(t.db, a, 0)).rows).toEqual(kysely);
  });

  it('per shape: each set of columns compiles its own query, and a shape keeps its columns', async () => {
    const update = compiledPerShape((columns: string) => (db: Tx, key: string, ...values: number[]) => {
      const names = columns.split(',') as Array<'count' | 'window_start'>;
      return db
        .updateTable('rate_limits')
        .set(Object.fromEntries(names.map((c, i) => [c, values[i]])))
        .where('key', '=', key);
    });
    const key = `compiled-${randomUUID()}`;
    await t.db.insertInto('rate_limits').values({ key, window_start: 1, count: 1 }).execute();
    const read = () =>
      t.db.selectFrom('rate_limits').select(['window_start', 'count']).where('key', '=', key).execute();
    expect(Number((await update('count')(t.db, key, 7)).numAffectedRows)).toBe(1);
    expect(await read()).toEqual([{ window_start: 1, count: 7 }]);
    await update('count,window_start')(t.db, key, 8, 9);
    expect(await read()).toEqual([{ window_start: 9, count: 8 }]);
    expect(update('count')).toBe(update('count'));
    await update('count')(t.db, key, 2);
    expect(await read()).toEqual([{ window_start: 9, count: 2 }]);
  });

  it('runs inside a transaction', async () => {
    const key = `compiled-${randomUUID()}`;
    const rows = await t.db.transaction().execute(async (tx) => {
      await tx.insertInto('rate_limits').values({ key, window_start: 10, count: 1 }).execute();
      return (await live(tx, key, 0)).rows;
    });
    expect(rows).toEqual([{ key, count: 1 }]);
  });

  it('on PostgreSQL, runs as a named prepared statement, parsed once per connection', async () => {
    if (t.engine !== 'postgres') return;
    const key = `compiled-${randomUUID()}`;
    const prepared = await t.db.transaction().execute(async (tx) => {
      // One connection for the transaction: the second call reuses the first's statement.
      for (let i = 0; i < 2; i++) await live(tx, key, 0);
      const { rows } = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements where name like 'hpki\_%'`.execute(tx);
      return rows;
    });
    const ours = prepared.filter((p) => p.statement.includes('"rate_limits"') && p.statement.includes('< $'));
    expect(ours).toHaveLength(1);
    expect(ours[0]?.name).toMatch(/^hpki_\d+$/);
    // A query Kysely builds each time (not fixed-shape) stays unnamed.
    expect(prepared.every((p) => !p.statement.includes('pg_prepared_statements'))).toBe(true);
  });
});
