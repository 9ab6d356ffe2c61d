/**
 * lib/db/compiled.ts: a query compiled once answers what Kysely's own query answers, for each
 * call's values, on both engines — constants inside the built query stay bound.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { compiledOnce } from '@/lib/db/compiled';
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

  it('runs inside a transaction', async () => {
    const key = `compiled-${randomUUID()}`;
    const rows = await t.db.transaction().execute(async (tx) => {
      await tx.insertInto('rate_limits').values({ key, window_start: 10, count: 1 }).execute();
      return (await live(tx, key, 0)).rows;
    });
    expect(rows).toEqual([{ key, count: 1 }]);
  });
});
