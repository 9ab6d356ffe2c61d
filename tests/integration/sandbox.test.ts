/**
 * 再現する (issue 8 #5) on both engines: every catalogue code builds its sandbox — a sandbox holder,
 * ticket and journey row in the recipe's state, audited with the staff actor — that stays out of
 * the holder lookup and ログイン, and is purged after 24 hours with everything hanging off it.
 */
import { expect, it } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { purgeSandbox } from '@/lib/db/purge';
import { searchHolders, searchKeys } from '@/lib/holders/search';
import { errorCodes } from '@/lib/messages/errors';
import { insertHolder, parseHolderInput } from '@/lib/operator/holders';
import { recipeOf } from '@/lib/sandbox/recipes';
import { reproduce } from '@/lib/sandbox/reproduce';
import { hashToken } from '@/lib/security/secrets';
import { describeEachEngine, holderInput } from './databases';

const STAFF = 'staff:00000000-0000-4000-8000-00000000000b' as const;
const DAY = 24 * 60 * 60_000;

describeEachEngine('support sandbox', (t) => {
  it('builds every code’s sandbox in the recipe’s state, audited with the staff actor', async () => {
    for (const code of errorCodes) {
      const recipe = recipeOf(code);
      const made = await reproduce(code, STAFF);
      const table = recipe.journey === 'registration' ? 'flows' : 'device_changes';
      expect(made.cookie).toBe(recipe.journey === 'registration' ? 'flow' : 'deviceChange');
      const row = await t.db
        .selectFrom(table)
        .select(['step', 'sandbox', 'sandbox_outcome', 'notice', 'updated_at'])
        .where('id', '=', hashToken(made.token))
        .executeTakeFirstOrThrow();
      expect(row, code).toMatchObject({ step: recipe.step, sandbox: 1, sandbox_outcome: recipe.outcome ?? null });
      expect(row.notice ? JSON.parse(row.notice) : null, code).toEqual(recipe.notice ?? null);
      if (recipe.idleMinutes) expect(Date.now() - row.updated_at).toBeGreaterThan(recipe.idleMinutes * 60_000 - 1000);
      const holder = await t.db
        .selectFrom('holders')
        .select(['sandbox', 'person_id'])
        .where('id', '=', made.holderId)
        .executeTakeFirstOrThrow();
      expect(holder.sandbox).toBe(1);
      expect(holder.person_id).toMatch(/^S\d{9}$/);
      const created = await t.db
        .selectFrom('audit_events')
        .select(['actor', 'detail'])
        .where('holder_id', '=', made.holderId)
        .where('type', '=', 'sandbox.created')
        .executeTakeFirstOrThrow();
      expect([created.actor, JSON.parse(created.detail)]).toEqual([STAFF, { message: code }]);
    }
  });

  it('puts the ticket in the recipe’s state: locked after five, four tries left after one, superseded', async () => {
    const state = async (code: 'qr.locked' | 'password.wrong' | 'qr.superseded' | 'qr.expired') => {
      const { holderId } = await reproduce(code, STAFF);
      return t.db
        .selectFrom('tickets')
        .select(['state', 'failed_attempts'])
        .where('holder_id', '=', holderId)
        .orderBy('issued_at')
        .orderBy('state', 'desc')
        .execute();
    };
    expect(await state('qr.locked')).toEqual([{ state: 'locked', failed_attempts: 5 }]);
    expect(await state('password.wrong')).toEqual([{ state: 'active', failed_attempts: 1 }]);
    expect((await state('qr.superseded')).map((r) => r.state).sort()).toEqual(['active', 'superseded']);
    expect(await state('qr.expired')).toEqual([{ state: 'expired', failed_attempts: 0 }]);
  });

  it('keeps sandbox holders out of the lookup unless asked for', async () => {
    await reproduce('flow.back', STAFF);
    const keys = searchKeys('サイゲン')!;
    expect((await searchHolders(keys)).holders).toEqual([]);
    const shown = (await searchHolders(keys, { includeSandbox: true })).holders;
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((h) => h.sandbox)).toBe(true);
  });

  it('purges sandboxes after 24 hours with their rows, and nothing real', async () => {
    const real = holderInput();
    const realId = await withTransaction((tx) => insertHolder(tx, parseHolderInput(real), 'x', 'operator:test', false));
    const made = await reproduce('flow.finished', STAFF);
    expect(await purgeSandbox(t.db, Date.now() + DAY - 60_000)).toBe(0);
    const purged = await purgeSandbox(t.db, Date.now() + DAY + 60_000);
    expect(purged).toBeGreaterThan(0);
    const left = async (table: 'holders' | 'tickets' | 'credentials', column: 'id' | 'holder_id') =>
      (await t.db.selectFrom(table).select('id').where(column, '=', made.holderId).execute()).length;
    expect([
      await left('holders', 'id'),
      await left('tickets', 'holder_id'),
      await left('credentials', 'holder_id'),
    ]).toEqual([0, 0, 0]);
    expect(await t.db.selectFrom('flows').select('id').where('sandbox', '=', 1).execute()).toEqual([]);
    expect(await t.db.selectFrom('holders').select('id').where('id', '=', realId).execute()).toHaveLength(1);
    // The audit trail stays: append-only.
    expect(
      await t.db.selectFrom('audit_events').select('id').where('holder_id', '=', made.holderId).execute(),
    ).not.toHaveLength(0);
  });
});
