/**
 * The re-issue application's journey (issue 9 #3; decision 0025) through its route handlers, on
 * both engines: 【確認画面へ】 with a photo starts the row at 確認 with the checked photo, which
 * only this cookie's holder can see; a refused photo or field stores no application and lands on
 * the form with its reason (the typed fields kept on the row, or the message in the address when
 * there is nothing to keep); a body over the limit is `tooLarge` without being read; 【修正する】
 * goes back, 【申請する】 stores the application once and the same one again gets the same 受付番号.
 */
import sharp from 'sharp';
import { NextRequest, type NextResponse } from 'next/server';
import { expect, it } from 'vitest';
import { POST as check } from '@/app/api/reissue/apply/check/route';
import { GET as photo } from '@/app/api/reissue/apply/photo/route';
import { POST as submit } from '@/app/api/reissue/apply/submit/route';
import { RECEIPT_RE } from '@/lib/applications/receipt';
import { stampedAddress } from '@/lib/http/client-ip';
import { COOKIES } from '@/lib/http/cookies';
import { APPLICATION_FIELDS, cardPhoto } from '../fixtures/applications';
import { TEST_ORIGIN, describeEachEngine } from './databases';

const COOKIE = COOKIES.reissueApply.name;

const FIELDS: Record<string, string> = { ...APPLICATION_FIELDS, reason: 'qrLost' };

const jpeg = (width: number, height: number) => cardPhoto(width, height, { exif: true });

let address = 0;
const nextIp = () => `198.51.100.${(address += 1)}`;

function upload(
  fields: Record<string, string>,
  file: Buffer | null,
  { cookie, ip = nextIp() }: { cookie?: string; ip?: string } = {},
): NextRequest {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (file) form.set('photo', new File([new Uint8Array(file)], 'card.jpg', { type: 'image/jpeg' }));
  return new NextRequest(`${TEST_ORIGIN}/api/reissue/apply/check`, {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, ...stampedAddress(ip), ...(cookie && { cookie: `${COOKIE}=${cookie}` }) },
    body: form,
  });
}

function confirm(action: string, cookie: string, ip = nextIp()): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}/api/reissue/apply/submit`, {
    method: 'POST',
    headers: {
      origin: TEST_ORIGIN,
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `${COOKIE}=${cookie}`,
      ...stampedAddress(ip),
    },
    body: new URLSearchParams({ action }).toString(),
  });
}

const preview = (cookie: string | null) =>
  photo(
    new NextRequest(`${TEST_ORIGIN}/api/reissue/apply/photo`, {
      headers: cookie ? { cookie: `${COOKIE}=${cookie}` } : {},
    }),
  );

function location(res: NextResponse): string {
  expect(res.status).toBe(303);
  const to = new URL(res.headers.get('location') ?? '');
  return to.pathname + to.search;
}

const cookieOf = (res: NextResponse) => res.cookies.get(COOKIE)?.value ?? null;

describeEachEngine('the re-issue application journey', (t) => {
  const count = async (table: 'applications' | 'application_drafts') =>
    Number(
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('form → 確認 (photo for this cookie only) → 修正する → 確認 → 申請する → 受付番号; the same again, the same number', async () => {
    const first = await check(upload(FIELDS, await jpeg(1200, 800)));
    expect(location(first)).toBe('/reissue/apply/confirm');
    const cookie = cookieOf(first)!;
    expect(cookie).toBeTruthy();

    const shown = await preview(cookie);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/jpeg');
    expect(shown.headers.get('cache-control')).toContain('no-store');
    const bytes = Buffer.from(await shown.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([1200, 800, undefined]);
    expect((await preview(null)).status).toBe(404);
    expect((await preview('someone-else')).status).toBe(404);

    // The form sent again from a stale tab while at 確認: back to 確認, nothing changed.
    expect(location(await check(upload(FIELDS, await jpeg(1200, 800), { cookie })))).toBe('/reissue/apply/confirm');
    expect(location(await submit(confirm('edit', cookie)))).toBe('/reissue/apply');
    // Sent again without a photo: the checked one is kept.
    expect(location(await check(upload({ ...FIELDS, name: '試験 次郎' }, null, { cookie })))).toBe(
      '/reissue/apply/confirm',
    );
    expect(await count('applications')).toBe(0);
    expect(location(await submit(confirm('submit', cookie)))).toBe('/reissue/apply/received');
    // A second 【申請する】 (a double tap) lands on 受付 again and stores nothing more.
    expect(location(await submit(confirm('submit', cookie)))).toBe('/reissue/apply/received');
    expect(await count('applications')).toBe(1);
    const [draft] = await t.db.selectFrom('application_drafts').selectAll().where('receipt', 'is not', null).execute();
    expect(draft?.receipt).toMatch(RECEIPT_RE);
    expect(draft?.duplicate).toBe(0);
    // The application has its own copy: the draft no longer holds the fields or the photo.
    expect([draft?.form, draft?.photo]).toEqual([null, null]);
    const stored = await t.db.selectFrom('applications').select(['name', 'receipt']).executeTakeFirstOrThrow();
    expect(stored).toEqual({ name: '試験 次郎', receipt: draft?.receipt });
    expect((await preview(cookie)).status).toBe(404);

    // The same application from another browser: recognised, the same 受付番号, no second row.
    const again = await check(upload(FIELDS, await jpeg(1000, 600)));
    const other = cookieOf(again)!;
    expect(location(await submit(confirm('submit', other)))).toBe('/reissue/apply/received');
    expect(await count('applications')).toBe(1);
    const repeated = await t.db
      .selectFrom('application_drafts')
      .select(['receipt', 'duplicate'])
      .where('receipt', '=', draft!.receipt)
      .where('duplicate', '=', 1)
      .executeTakeFirst();
    expect(repeated).toEqual({ receipt: draft!.receipt, duplicate: 1 });
  });

  it('refuses a bad photo before 確認 with its reason, keeping the typed fields; no application is stored', async () => {
    const before = await count('applications');
    const text = Buffer.from('not a photo at all');
    const res = await check(upload(FIELDS, text));
    expect(location(res)).toBe('/reissue/apply');
    const cookie = cookieOf(res)!;
    const row = await t.db.selectFrom('application_drafts').selectAll().where('step', '=', 'form').execute();
    const mine = row.find((r) => r.notice?.includes('unsupportedType'))!;
    expect(JSON.parse(mine.notice!)).toEqual({ code: 'reissue.photoRejected', params: { reason: 'unsupportedType' } });
    expect(JSON.parse(mine.form!)).toMatchObject({ cardId: FIELDS.cardId, address: FIELDS.address });
    expect(mine.photo).toBeNull();

    for (const [file, reason] of [
      [await jpeg(200, 100), 'tooSmall'],
      [Buffer.from([0, 0, 0, 24, ...Buffer.from('ftypheic'), 0, 0, 0, 0]), 'heicUnsupported'],
      [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'unreadable'],
    ] as const) {
      expect(location(await check(upload(FIELDS, file, { cookie })))).toBe('/reissue/apply');
      const now = await t.db.selectFrom('application_drafts').select('notice').where('form', 'is not', null).execute();
      expect(
        now.some((r) => r.notice?.includes(reason)),
        reason,
      ).toBe(true);
    }
    // No photo at all, on a row that has none: missing.
    expect(location(await check(upload(FIELDS, null, { cookie })))).toBe('/reissue/apply');
    expect(await count('applications')).toBe(before);
    // 確認 cannot be skipped to: the submit of a row still at the form goes back to it.
    expect(location(await submit(confirm('submit', cookie)))).toBe('/reissue/apply');
  });

  it('answers a body over 10 MB + 64 KB with tooLarge unread, and bad fields or a foreign Origin calmly', async () => {
    const drafts = await count('application_drafts');
    const big = upload(FIELDS, Buffer.alloc(11 * 1024 * 1024, 0xff));
    expect(location(await check(big))).toBe('/reissue/apply?notice=reissue.photoRejected&reason=tooLarge');
    // Fields the form would flag, without a row: nothing to keep, the message in the address.
    const invalid = await check(upload({ ...FIELDS, postalCode: '12' }, await jpeg(1200, 800)));
    expect(location(invalid)).toBe('/reissue/apply?notice=request.invalid');
    expect(cookieOf(invalid)).toBeNull();
    const notMultipart = new NextRequest(`${TEST_ORIGIN}/api/reissue/apply/check`, {
      method: 'POST',
      headers: {
        origin: TEST_ORIGIN,
        'content-type': 'application/x-www-form-urlencoded',
        ...stampedAddress(nextIp()),
      },
      body: 'hasCard=yes',
    });
    expect(location(await check(notMultipart))).toBe('/reissue/apply?notice=request.invalid');
    const foreign = upload(FIELDS, await jpeg(1200, 800));
    foreign.headers.set('origin', 'https://evil.example');
    expect((await check(foreign)).status).toBe(403);
    expect(await count('application_drafts')).toBe(drafts);
  });

  it('limits 【確認画面へ】 and 【申請する】 per address', async () => {
    const ip = '203.0.113.77';
    let last = '';
    for (let i = 0; i < 21; i++) last = location(await check(upload({ ...FIELDS, postalCode: '1' }, null, { ip })));
    expect(last).toBe('/reissue/apply?notice=rate.limited');
  });
});
