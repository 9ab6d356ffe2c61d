import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, getDb, openDatabase, useDatabase } from './client';
import { purgeExpired } from './purge';

/** A flow at the QR step with nothing yet, last touched at `updatedAt`. */
const flowRow = (id: string, updatedAt: number) => ({
  id,
  step: 'qr',
  ticket_id: null,
  holder_id: null,
  credential_id: null,
  terms_version: null,
  terms_agreed_at: null,
  notice: null,
  created_at: 0,
  updated_at: updatedAt,
});

describe('purgeExpired', () => {
  beforeAll(() => useDatabase(openDatabase({ file: ':memory:' })));
  afterAll(closeDatabase);

  it('deletes expired challenges, stale flows and old rate-limit windows, and keeps live ones', async () => {
    const { db } = await getDb();
    const now = 10 * 24 * 3600_000;
    await db
      .insertInto('challenges')
      .values([
        { id: 'old', flow_id: 'f', purpose: 'register', challenge: 'c1', created_at: 0, expires_at: now - 1 },
        { id: 'live', flow_id: 'f', purpose: 'register', challenge: 'c2', created_at: now, expires_at: now + 1 },
      ])
      .execute();
    await db
      .insertInto('flows')
      .values([flowRow('stale', now - 25 * 3600_000), flowRow('fresh', now - 3600_000)])
      .execute();
    await db
      .insertInto('rate_limits')
      .values([
        { key: 'a', window_start: 0, count: 1 },
        { key: 'b', window_start: now, count: 1 },
      ])
      .execute();
    expect(await purgeExpired(db, now)).toBe(3);
    expect((await db.selectFrom('challenges').select('id').execute()).map((r) => r.id)).toEqual(['live']);
    expect((await db.selectFrom('flows').select('id').execute()).map((r) => r.id)).toEqual(['fresh']);
    expect((await db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key)).toEqual(['b']);
  });
});
