/**
 * The console's review of re-issue applications (issue 9 #3) on both engines: the queue pages by
 * state, newest first, forwards and back; the review finds the holder by カードID (or none, or not
 * a sandbox one); 【承認する】 answers the printable card once and refuses a second decision;
 * 【却下する】 records its reason; each refusal answers its catalogue code and changes nothing.
 */
import { beforeAll, expect, it } from 'vitest';
import { reissueApplicationForm, type ReissueApplication } from '@/lib/applications/form';
import type { CheckedPhoto } from '@/lib/applications/photo';
import { applicationsPage } from '@/lib/applications/queue';
import { storeApplication } from '@/lib/applications/store';
import { withTransaction } from '@/lib/db/client';
import { insertHolder, parseHolderInput } from '@/lib/operator/holders';
import { hashBirthDate } from '@/lib/security/secrets';
import {
  applicationPhotoBytes,
  applicationQueue,
  applicationReview,
  approveAsStaff,
  newApplicationCount,
  rejectAsStaff,
} from '@/lib/support/applications';
import type { HolderInput } from '@/lib/operator/holder-input';
import { APPLICATION_FIELDS, checkedCardPhoto } from '../fixtures/applications';
import { describeEachEngine, holderInput } from './databases';

const STAFF = 'staff:00000000-0000-4000-8000-00000000000b' as const;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let photo: CheckedPhoto;

beforeAll(async () => {
  photo = await checkedCardPhoto(1200, 800, { background: '#3060a0' });
});

const form = (cardId: string, reason: ReissueApplication['reason']) =>
  reissueApplicationForm.parse({ ...APPLICATION_FIELDS, cardId, medicalRegistrationNumber: '123456', reason });

async function add(h: HolderInput, sandbox = false): Promise<string> {
  const hash = await hashBirthDate('1980-04-01');
  return withTransaction((tx) => insertHolder(tx, parseHolderInput(h), hash, 'operator:test', sandbox));
}

const apply = (cardId: string, reason: ReissueApplication['reason'], now = Date.now()) =>
  withTransaction((tx) => storeApplication(tx, { form: form(cardId, reason), photo, now }));

describeEachEngine('support: re-issue applications', () => {
  it('pages the queue newest first, forwards and back, and counts the new ones', async () => {
    const base = Date.UTC(2026, 11, 1);
    const reasons = ['qrLost', 'passwordLocked', 'expired', 'other', 'phoneLost'] as const;
    const ids: string[] = [];
    for (const [i, reason] of reasons.entries()) ids.push((await apply('QUEUE0000001', reason, base + i * 1000)).id);
    expect(await newApplicationCount()).toBeGreaterThanOrEqual(5);
    const newest = [...ids].reverse();
    const first = await applicationQueue('new', {});
    expect(first.rows.slice(0, 5).map((r) => r.id)).toEqual(newest);

    const p1 = await withTransaction((tx) => applicationsPage(tx, 'new', {}, 2));
    expect(p1.rows.map((r) => r.id)).toEqual(newest.slice(0, 2));
    expect(p1.newer).toBeUndefined();
    const p2 = await withTransaction((tx) => applicationsPage(tx, 'new', { after: p1.older }, 2));
    expect(p2.rows.map((r) => r.id)).toEqual(newest.slice(2, 4));
    const p3 = await withTransaction((tx) => applicationsPage(tx, 'new', { after: p2.older }, 2));
    expect(p3.rows.map((r) => r.id)).toEqual(newest.slice(4, 5));
    expect(p3.older).toBeUndefined();
    const toP2 = p3.newer;
    if (toP2 === undefined || toP2 === 'first') throw new Error('page 3 has no way back');
    const back = await withTransaction((tx) => applicationsPage(tx, 'new', { before: toP2 }, 2));
    expect(back.rows.map((r) => r.id)).toEqual(newest.slice(2, 4));
    const toP1 = back.newer;
    if (toP1 === undefined || toP1 === 'first') throw new Error('page 2 has no way back');
    const top = await withTransaction((tx) => applicationsPage(tx, 'new', { before: toP1 }, 2));
    expect(top.rows.map((r) => r.id)).toEqual(newest.slice(0, 2));
    expect(top.newer).toBeUndefined();
    expect((await applicationQueue('approved', {})).rows.filter((r) => ids.includes(r.id))).toEqual([]);
  });

  it('approves once with the card of a device-replacing ticket; then the second decision is refused', async () => {
    const h = holderInput();
    const holderId = await add(h);
    const { id } = await apply(h.cardId, 'phoneLost');
    const review = await applicationReview(id);
    expect(review?.holder?.id).toBe(holderId);
    expect(review?.replacesDevice).toBe(true);
    expect((await applicationPhotoBytes(id))?.equals(photo.jpeg)).toBe(true);

    const approved = await approveAsStaff(id, STAFF, 'ja');
    if (!approved.ok) throw new Error(approved.code);
    expect(approved.cardHtml).toContain(h.personId);
    expect(approved.cardHtml).toContain('<svg');
    expect(await approveAsStaff(id, STAFF, 'ja')).toEqual({ ok: false, code: 'staff.applicationDecided' });
    expect(await rejectAsStaff({ applicationId: id, reason: '遅すぎる' }, STAFF)).toEqual({
      ok: false,
      code: 'staff.applicationDecided',
    });
    const after = await applicationReview(id);
    expect(after?.application).toMatchObject({ state: 'approved', decided_by: STAFF, rejection_reason: null });
    expect(after?.decidedBy).toBe(STAFF);
    const queue = await applicationQueue('approved', {});
    expect(queue.rows.map((r) => r.id)).toContain(id);
  });

  it('refuses to approve without a holder (none, or only a sandbox one), and rejects with the reason', async () => {
    const { id: orphan } = await apply('NOBODY000001', 'qrLost');
    expect((await applicationReview(orphan))?.holder).toBeNull();
    expect(await approveAsStaff(orphan, STAFF, 'ja')).toEqual({ ok: false, code: 'staff.applicationNoHolder' });
    expect((await applicationReview(orphan))?.application.state).toBe('new');

    const sandboxed = holderInput();
    await add(sandboxed, true);
    const { id: sandboxApp } = await apply(sandboxed.cardId, 'expired');
    expect((await applicationReview(sandboxApp))?.holder).toBeNull();
    expect(await approveAsStaff(sandboxApp, STAFF, 'ja')).toEqual({ ok: false, code: 'staff.applicationNoHolder' });

    expect(await rejectAsStaff({ applicationId: orphan, reason: '   ' }, STAFF)).toEqual({
      ok: false,
      code: 'staff.rejectionReasonRequired',
    });
    expect(await rejectAsStaff({ applicationId: orphan, reason: 'カードIDの名義人がいません' }, STAFF)).toEqual({
      ok: true,
    });
    expect((await applicationReview(orphan))?.application).toMatchObject({
      state: 'rejected',
      rejection_reason: 'カードIDの名義人がいません',
    });
    expect(await approveAsStaff(orphan, STAFF, 'ja')).toEqual({ ok: false, code: 'staff.applicationDecided' });
  });

  it('answers unknown ids as unknown, without touching anything', async () => {
    expect(await applicationReview(UNKNOWN)).toBeUndefined();
    expect(await applicationReview('not-an-id')).toBeUndefined();
    expect(await applicationPhotoBytes(UNKNOWN)).toBeNull();
    expect(await approveAsStaff(UNKNOWN, STAFF, 'ja')).toEqual({ ok: false, code: 'staff.applicationUnknown' });
    expect(await rejectAsStaff({ applicationId: UNKNOWN, reason: '理由' }, STAFF)).toEqual({
      ok: false,
      code: 'staff.applicationUnknown',
    });
  });
});
