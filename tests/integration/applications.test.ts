/**
 * Re-issue applications (issue 9 #3) on both engines: the photo bytes round-trip through the
 * database (bytea / blob), the 受付番号 has its shape, the same application sent twice while it is
 * new is recognised, and the queue lists by state.
 */
import { expect, it } from 'vitest';
import { applicationPhoto, findApplication, listApplications, storeApplication } from '@/lib/applications/store';
import { reissueApplicationForm } from '@/lib/applications/form';
import { RECEIPT_RE } from '@/lib/applications/receipt';
import { withTransaction } from '@/lib/db/client';
import { approveApplication, rejectApplication } from '@/lib/applications/decide';
import { resolveHolderRef } from '@/lib/holders';
import { addHolder } from '@/lib/operator/holders';
import { APPLICATION_FIELDS, checkedCardPhoto } from '../fixtures/applications';
import { describeEachEngine, holderInput } from './databases';

const form = reissueApplicationForm.parse({ ...APPLICATION_FIELDS, reason: 'phoneLost' });

describeEachEngine('applications', (ctx) => {
  it('stores the re-encoded photo, recognises the same application twice and lists it as new', async () => {
    const stored = await checkedCardPhoto(1200, 700, { format: 'png' });
    const now = Date.UTC(2026, 11, 2, 3);
    const first = await withTransaction((tx) => storeApplication(tx, { form, photo: stored, now }));
    expect(first.duplicate).toBe(false);
    expect(first.receipt).toMatch(RECEIPT_RE);
    expect(first.receipt.startsWith('R-20261202-')).toBe(true);

    const again = await withTransaction((tx) => storeApplication(tx, { form, photo: stored, now: now + 1 }));
    expect(again).toEqual({ ...first, duplicate: true });

    const other = await withTransaction((tx) =>
      storeApplication(tx, { form: { ...form, reason: 'other' }, photo: stored, now }),
    );
    expect(other.duplicate).toBe(false);
    expect(other.receipt).not.toBe(first.receipt);

    const photo = await withTransaction((tx) => applicationPhoto(tx, first.id));
    expect(photo?.equals(stored.jpeg)).toBe(true);
    const row = await withTransaction((tx) => findApplication(tx, first.id));
    expect(row).toMatchObject({ card_id: 'AB12CD34EF56', medical_registration_number: '123', state: 'new' });
    expect(row).not.toHaveProperty('photo');
    const queue = await withTransaction((tx) => listApplications(tx, 'new'));
    expect(queue.map((a) => a.id).sort()).toEqual([first.id, other.id].sort());
    expect(await withTransaction((tx) => listApplications(tx, 'approved'))).toEqual([]);
  });

  it('approves once, issuing a device-replacing ticket for a lost phone, and rejects only with a reason', async () => {
    const holder = await addHolder(holderInput());
    const stored = await checkedCardPhoto(1000, 600, { format: 'webp', background: '#ffffff' });
    const now = Date.now();
    const lost = await withTransaction((tx) =>
      storeApplication(tx, { form: { ...form, cardId: holder.cardId }, photo: stored, now }),
    );
    const holderId = await resolveHolderRef(holder.cardId);
    expect(holderId).toBe(holder.id);
    const approved = await withTransaction((tx, engine) =>
      approveApplication(tx, engine, { id: lost.id, holderId, actor: 'staff:admin-1', now }),
    );
    if (!approved.ok) throw new Error(approved.refusal);
    const ticket = await ctx.db
      .selectFrom('tickets')
      .select(['replaces_device', 'state'])
      .where('id', '=', approved.ticket.ticketId)
      .executeTakeFirstOrThrow();
    expect(ticket).toEqual({ replaces_device: 1, state: 'active' });
    expect(await withTransaction((tx) => findApplication(tx, lost.id))).toMatchObject({
      state: 'approved',
      ticket_id: approved.ticket.ticketId,
      decided_by: 'staff:admin-1',
    });
    const twice = await withTransaction((tx, engine) =>
      approveApplication(tx, engine, { id: lost.id, holderId, actor: 'staff:admin-1', now }),
    );
    expect(twice).toEqual({ ok: false, refusal: 'alreadyDecided' });

    const locked = await withTransaction((tx) =>
      storeApplication(tx, {
        form: { ...form, cardId: holder.cardId, reason: 'passwordLocked' },
        photo: stored,
        now,
      }),
    );
    expect(
      await withTransaction((tx) =>
        rejectApplication(tx, { id: locked.id, rejectionReason: '  ', actor: 'staff:a', now }),
      ),
    ).toEqual({ ok: false, refusal: 'reasonRequired' });
    expect(
      await withTransaction((tx) =>
        rejectApplication(tx, { id: locked.id, rejectionReason: '券面が写っていません', actor: 'staff:a', now }),
      ),
    ).toEqual({ ok: true });
    expect(await withTransaction((tx) => findApplication(tx, locked.id))).toMatchObject({
      state: 'rejected',
      rejection_reason: '券面が写っていません',
    });
    const noHolder = await withTransaction((tx) =>
      storeApplication(tx, { form: { ...form, reason: 'expired' }, photo: stored, now }),
    );
    expect(
      await withTransaction((tx, engine) =>
        approveApplication(tx, engine, { id: noHolder.id, holderId: null, actor: 'staff:a', now }),
      ),
    ).toEqual({ ok: false, refusal: 'noHolder' });
  });
});
