/**
 * The support console's admin actions (issue 8 #3) on both engines: each needs a real holder,
 * writes one audit row per change with the staff actor and the reason, and answers
 * "nothing to do" without writing anything when there is nothing to act on.
 */
import { expect, it } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { insertHolder, parseHolderInput } from '@/lib/operator/holders';
import { hashBirthDate } from '@/lib/security/secrets';
import { expireTicketsAsStaff, issueTicketAsStaff, revokeDeviceAsStaff } from '@/lib/support/actions';
import { holderView } from '@/lib/support/holder-view';
import type { HolderInput } from '@/lib/operator/holder-input';
import { post, registrationAtVerify } from './ceremonies';
import { describeEachEngine, holderInput } from './databases';

const STAFF = 'staff:00000000-0000-4000-8000-00000000000a' as const;
let hash: Promise<string> | undefined;
async function add(h: HolderInput, sandbox = false): Promise<string> {
  hash ??= hashBirthDate('1980-04-01');
  const birthDateHash = await hash;
  return withTransaction((tx) => insertHolder(tx, parseHolderInput(h), birthDateHash, 'operator:test', sandbox));
}

describeEachEngine('support actions', (t) => {
  it('【QRコードを発行】 supersedes, records the reason and the staff actor, and answers the card', async () => {
    const h = holderInput();
    const id = await add(h);
    const first = await issueTicketAsStaff({ holderId: id, reason: '紛失の連絡', replacesDevice: false }, STAFF, 'ja');
    const second = await issueTicketAsStaff({ holderId: id, reason: '再度の依頼', replacesDevice: true }, STAFF, 'ja');
    expect(first.ok && second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.cardHtml).toContain(h.personId);
    expect(second.cardHtml).toContain('<svg');
    const view = await holderView(id);
    expect(view?.tickets.map((tk) => [tk.state, tk.replacesDevice, tk.issuedBy])).toEqual([
      ['active', true, STAFF],
      ['superseded', false, STAFF],
    ]);
    const issued = await t.db
      .selectFrom('audit_events')
      .select(['actor', 'detail'])
      .where('holder_id', '=', id)
      .where('type', '=', 'ticket.issued')
      .orderBy('at')
      .execute();
    expect(issued.map((e) => [e.actor, JSON.parse(e.detail).reason])).toEqual([
      [STAFF, '紛失の連絡'],
      [STAFF, '再度の依頼'],
    ]);
  });

  it('【QRコードを無効化】 ends the open tickets once; again, there is nothing to do', async () => {
    const id = await add(holderInput());
    await issueTicketAsStaff({ holderId: id, reason: '発行', replacesDevice: false }, STAFF, 'ja');
    expect(await expireTicketsAsStaff({ holderId: id, reason: '盗難' }, STAFF)).toEqual({ ok: true, expired: 1 });
    expect(await expireTicketsAsStaff({ holderId: id, reason: '盗難' }, STAFF)).toEqual({
      ok: false,
      code: 'staff.noOpenTickets',
    });
    expect((await holderView(id))?.tickets[0]?.state).toBe('expired');
  });

  it('【デバイスを無効化】 revokes the active passkey with the reason; again, there is nothing to do', async () => {
    const c = await registrationAtVerify(holderInput(), '192.0.2.40');
    expect(await post(c)).toEqual({ ok: true });
    expect(await revokeDeviceAsStaff({ holderId: c.holderId, reason: 'スマートフォン紛失' }, STAFF)).toEqual({
      ok: true,
    });
    const [credential] = (await holderView(c.holderId))!.credentials;
    expect(credential?.revoked_reason).toBe('スマートフォン紛失');
    expect(credential?.revoked_by).toBe(STAFF);
    expect(await revokeDeviceAsStaff({ holderId: c.holderId, reason: 'x' }, STAFF)).toEqual({
      ok: false,
      code: 'staff.noActiveDevice',
    });
  });

  it('refuses sandbox and unknown holders, writing nothing', async () => {
    const sandbox = await add(holderInput(), true);
    const before = await t.db.selectFrom('audit_events').select('id').execute();
    for (const holderId of [sandbox, '00000000-0000-4000-8000-000000000000']) {
      expect(await issueTicketAsStaff({ holderId, reason: 'r', replacesDevice: false }, STAFF, 'ja')).toEqual({
        ok: false,
        code: 'staff.holderUnknown',
      });
      expect(await expireTicketsAsStaff({ holderId, reason: 'r' }, STAFF)).toMatchObject({ ok: false });
      expect(await revokeDeviceAsStaff({ holderId, reason: 'r' }, STAFF)).toMatchObject({ ok: false });
    }
    expect(await t.db.selectFrom('audit_events').select('id').execute()).toHaveLength(before.length);
  });
});
