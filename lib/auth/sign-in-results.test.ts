import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, getDb, openDatabase, useDatabase } from '@/lib/db/client';
import { SIGN_IN_RESULT_TTL_MS, consumeSignInResult, createSignInResult } from './sign-in-results';

describe('sign-in results (the hand-off to next-auth)', () => {
  const holderId = randomUUID();

  beforeAll(async () => {
    useDatabase(openDatabase({ file: ':memory:' }));
    const { db } = await getDb();
    await db
      .insertInto('holders')
      .values({
        id: holderId,
        person_id: '1000000001',
        card_id: 'ABCDEF123456',
        medical_registration_number: '123',
        name: '試験',
        kana: 'シケン',
        birth_date_hash: 'x',
        certificate_not_before: 0,
        certificate_not_after: 1,
        sandbox: 0,
        created_at: 0,
      })
      .execute();
  });
  afterAll(closeDatabase);

  it('can be used once', async () => {
    const token = await createSignInResult(holderId, 'cred-1');
    expect(await consumeSignInResult(token)).toEqual({ holderId, credentialId: 'cred-1' });
    expect(await consumeSignInResult(token)).toBeNull();
  });

  it('can be used once even when two requests race', async () => {
    const token = await createSignInResult(holderId, 'cred-2');
    const results = await Promise.all(Array.from({ length: 10 }, () => consumeSignInResult(token)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('expires, and rejects anything that is not a token', async () => {
    const now = Date.now();
    const token = await createSignInResult(holderId, 'cred-3', now);
    expect(await consumeSignInResult(token, now + SIGN_IN_RESULT_TTL_MS + 1)).toBeNull();
    for (const bad of [undefined, null, 42, '', 'short', 'x'.repeat(500), { token }]) {
      expect(await consumeSignInResult(bad)).toBeNull();
    }
  });

  it('stores only a hash of the token', async () => {
    const token = await createSignInResult(holderId, 'cred-4');
    const { db } = await getDb();
    const rows = await db.selectFrom('sign_in_results').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});
