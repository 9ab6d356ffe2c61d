/**
 * The support console's holder lookup (issue 8 #2) on both engines: every key finds its holder,
 * フリガナ is a prefix search however it is typed, sandbox holders stay out unless asked for, and the
 * holder page's view carries tickets with their issuer, devices and audit events but no secret.
 */
import { expect, it } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { searchHolders, searchKeys } from '@/lib/holders/search';
import { insertHolder, issueTicketFor, parseHolderInput } from '@/lib/operator/holders';
import { hashBirthDate } from '@/lib/security/secrets';
import { holderView } from '@/lib/support/holder-view';
import type { HolderInput } from '@/lib/operator/holder-input';
import { describeEachEngine, holderInput } from './databases';

let hash: Promise<string> | undefined;
async function add(h: HolderInput, sandbox = false): Promise<string> {
  hash ??= hashBirthDate('1980-04-01');
  const birthDateHash = await hash;
  return withTransaction((tx) => insertHolder(tx, parseHolderInput(h), birthDateHash, 'operator:test', sandbox));
}

const find = async (query: string, includeSandbox = false) => {
  const keys = searchKeys(query);
  return keys ? (await searchHolders(keys, { includeSandbox })).holders.map((h) => h.personId) : null;
};

describeEachEngine('holder lookup', () => {
  it('finds a holder by 本人ID, カードID, 医籍登録番号 and フリガナ, however typed', async () => {
    const h = holderInput({ kana: 'ケンサク タロウ', medicalRegistrationNumber: '654321' });
    await add(h);
    expect(await find(h.personId)).toContain(h.personId);
    expect(await find(`${h.personId.slice(0, 4)}-${h.personId.slice(4)}`)).toContain(h.personId);
    expect(await find(h.cardId.toLowerCase())).toEqual([h.personId]);
    expect(await find('０６５４３２１')).toEqual([h.personId]);
    for (const kana of ['ケンサク タロウ', 'けんさく', 'ｹﾝｻｸ ﾀ', 'ケンサク・タ'])
      expect(await find(kana), kana).toEqual([h.personId]);
    expect(await find('ケンサクジ')).toEqual([]);
    expect(await find('山田')).toBeNull();
  });

  it('keeps sandbox holders out unless 「サンドボックスを表示」 is on', async () => {
    const real = holderInput({ kana: 'サンドリアル' });
    const sandbox = holderInput({ kana: 'サンドボックス' });
    await add(real);
    await add(sandbox, true);
    expect(await find('サンド')).toEqual([real.personId]);
    expect((await find('サンド', true))?.sort()).toEqual([real.personId, sandbox.personId].sort());
    expect(await find(sandbox.personId)).toEqual([]);
  });

  it('stops at 50 and says so', async () => {
    for (let i = 0; i < 52; i++) await add(holderInput({ kana: `タスウ ${'ア'.repeat(1 + (i % 5))}` }));
    const result = await searchHolders(searchKeys('タスウ')!);
    expect(result.holders).toHaveLength(50);
    expect(result.truncated).toBe(true);
  });

  it("a holder's view: tickets with their issuer and attempts, the audit trail, no secret", async () => {
    const h = holderInput({ kana: 'ビュー テスト' });
    const id = await add(h);
    const issued = await issueTicketFor(h.personId, { actor: 'staff:00000000-0000-4000-8000-000000000001' });
    const view = await holderView(id);
    expect(view?.holder.person_id).toBe(h.personId);
    expect(view?.tickets).toHaveLength(1);
    expect(view?.tickets[0]).toMatchObject({ state: 'active', attemptsUsed: 0, attemptsLeft: 5 });
    expect(view?.tickets[0]?.issuedBy).toBe('staff:00000000-0000-4000-8000-000000000001');
    expect(view?.events.map((e) => e.type)).toEqual(['ticket.issued', 'holder.added']);
    const text = JSON.stringify(view);
    expect(text).not.toContain(issued.code);
    expect(text).not.toContain('scrypt');
    expect(await holderView('not-an-id')).toBeUndefined();
    expect(await holderView('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});
