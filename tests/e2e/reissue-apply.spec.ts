import { randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import { RECEIPT_RE } from '../../lib/applications/receipt';
import { labels } from '../../lib/messages/labels';
import { expectAccessible } from './fixtures/axe';
import { expect, test } from './fixtures/test';

/**
 * 申請による QRコードの再発行 on a phone (issue 9 #3): the form → 確認 → 受付番号, the same
 * application sent twice, and the refused photos — each refusal shown on the form with its reason,
 * checked in the browser (react-hook-form) and, without JavaScript, by the server.
 */

/**
 * A file in this test's own output folder. (A folder per module, removed in afterAll, was gone
 * when a worker ran a later test of this file: with fullyParallel a worker may come back to it.)
 */
function testFile(name: string): string {
  const file = test.info().outputPath(name);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

async function jpeg(name: string, width: number, height: number): Promise<string> {
  const file = testFile(name);
  const image = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });
  await image.jpeg().toFile(file);
  return file;
}

function textAsJpeg(): string {
  const file = testFile('card.jpg');
  writeFileSync(file, 'This is a text file, not a photo of a card.\n');
  return file;
}

/** 20 MB that start like a JPEG: refused by its size alone. */
function twentyMegabytes(): string {
  const file = testFile('huge.jpg');
  const bytes = Buffer.alloc(20 * 1024 * 1024, 0x41);
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  writeFileSync(file, bytes);
  return file;
}

const ALPHANUMERIC = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const cardId = () => Array.from({ length: 12 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
const reason = (key: string) => labels[`reissueApply.photoReason.${key}` as keyof typeof labels].ja;

async function fillForm(page: Page, card: string) {
  await page.goto('/reissue/apply');
  await expect(page.getByRole('heading', { level: 1, name: '申請による QRコードの再発行' })).toBeVisible();
  await page.getByRole('group', { name: 'すでに医師資格証をお持ちですか?' }).getByLabel('はい').check();
  await page.getByLabel('カードID').fill(card);
  await page.getByLabel('氏名').fill('申請 花子');
  await page.getByLabel('フリガナ').fill('シンセイ ハナコ');
  await page.getByLabel('生年月日').fill('19850707');
  await page.getByLabel('医籍登録番号').fill('456789');
  await page.getByLabel('郵便番号').fill('113-8621');
  await page.getByLabel('住所').fill('東京都文京区本駒込2-28-16');
  await page.getByLabel('電話番号').fill('090-1234-5678');
  await page.getByLabel('メールアドレス').fill('hanako@example.jp');
  await page.getByRole('group', { name: '再発行の理由' }).getByLabel('QRコードの紛失').check();
}

/** Fills the form, attaches `photo` and sends it through 確認 to 受付: answers the 受付番号. */
async function apply(page: Page, card: string, photo: string): Promise<string> {
  await fillForm(page, card);
  await page.getByLabel('券面の写真').setInputFiles(photo);
  await page.getByRole('button', { name: '確認画面へ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請内容の確認' })).toBeVisible();
  await page.getByRole('button', { name: '申請する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請を受け付けました' })).toBeVisible();
  return (await page.locator('[data-receipt]').textContent())?.trim() ?? '';
}

async function freshPhone(browser: Browser, address: string, javaScriptEnabled = true) {
  const context = await browser.newContext({
    ...test.info().project.use,
    javaScriptEnabled,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  return { context, page: await context.newPage() };
}

test('the application with a valid photo reaches a 受付番号; 修正する keeps everything; sent twice, the same number', async ({
  page,
  browser,
  clientIp,
}) => {
  test.setTimeout(120_000);
  const card = cardId();
  const photo = await jpeg('card-face.jpg', 1200, 800);

  await page.goto('/reissue');
  await page.getByRole('button', { name: '申請フォームへ' }).click();
  await fillForm(page, card.toLowerCase());
  // What the manual asks to say: a QR-card-only holder answers はい, and which photos are refused.
  await expect(page.getByText(labels['reissueApply.hasCard.hint'].ja)).toBeVisible();
  await expect(page.getByText(/顔写真だけ、QR コードだけの写真はお受けできません/)).toBeVisible();
  const input = page.getByLabel('券面の写真');
  await expect(input).toHaveAttribute('accept', 'image/*');
  await expect(input).toHaveAttribute('capture', 'environment');
  await expectAccessible(page);
  await input.setInputFiles(photo);
  await page.getByRole('button', { name: '確認画面へ' }).click();

  await expect(page).toHaveURL(/\/reissue\/apply\/confirm$/);
  await expect(page.getByText(card, { exact: true })).toBeVisible();
  await expect(page.getByText('1985-07-07')).toBeVisible();
  await expect(page.getByText('09012345678')).toBeVisible();
  const preview = page.getByRole('img', { name: '添付した券面の写真' });
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  await expectAccessible(page);

  // 【修正する】: the form again, filled in, with the checked photo kept (no need to choose it again).
  await page.getByRole('button', { name: '修正する' }).click();
  await expect(page).toHaveURL(/\/reissue\/apply$/);
  await expect(page.getByLabel('カードID')).toHaveValue(card.toLowerCase());
  await expect(page.getByLabel('住所')).toHaveValue('東京都文京区本駒込2-28-16');
  await expect(page.getByText(labels['reissueApply.photo.kept'].ja)).toBeVisible();
  await page.getByLabel('氏名').fill('申請 華子');
  await page.getByRole('button', { name: '確認画面へ' }).click();
  await expect(page.getByText('申請 華子')).toBeVisible();
  await page.getByRole('button', { name: '申請する' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '申請を受け付けました' })).toBeVisible();
  const receipt = (await page.locator('[data-receipt]').textContent())?.trim() ?? '';
  expect(receipt).toMatch(RECEIPT_RE);
  await expect(
    page.getByText('発行及び発送まではご申請より1カ月~1.5カ月ほどかかります。', { exact: false }),
  ).toBeVisible();
  await expectAccessible(page);
  // The photo is not served once the application is sent.
  expect((await page.request.get('/api/reissue/apply/photo')).status()).toBe(404);

  // The same application from another phone: recognised, the same 受付番号.
  const other = await freshPhone(browser, `${clientIp}0`);
  expect(await apply(other.page, card, photo)).toBe(receipt);
  await expect(other.page.getByText(labels['reissueApply.duplicate'].ja)).toBeVisible();
  // The first phone's preview was its own: the other one sees no photo of the first.
  await other.context.close();
});

test('a text file named .jpg, a 20 MB file and a tiny image are refused on the form with their reason', async ({
  page,
}) => {
  const cases: Array<[string, string]> = [
    [textAsJpeg(), reason('unsupportedType')],
    [twentyMegabytes(), reason('tooLarge')],
    [await jpeg('tiny.jpg', 200, 100), reason('tooSmall')],
  ];
  await fillForm(page, cardId());
  for (const [file, why] of cases) {
    await page.getByLabel('券面の写真').setInputFiles(file);
    await page.getByRole('button', { name: '確認画面へ' }).click();
    const message = page.locator('[data-message-code="reissue.photoRejected"]');
    await expect(message).toContainText('写真をアップロードできませんでした。');
    await expect(message).toContainText(why);
    await expect(page).toHaveURL(/\/reissue\/apply$/);
  }
});

test('without JavaScript the server refuses the same files, before 確認, keeping what was typed', async ({
  browser,
  clientIp,
}) => {
  test.setTimeout(120_000);
  const { context, page } = await freshPhone(browser, `${clientIp}1`, false);
  const card = cardId();
  const cases: Array<[string, string]> = [
    [textAsJpeg(), reason('unsupportedType')],
    [twentyMegabytes(), reason('tooLarge')],
    [await jpeg('tiny-server.jpg', 200, 100), reason('tooSmall')],
  ];
  for (const [i, [file, why]] of cases.entries()) {
    if (i === 0) await fillForm(page, card);
    await page.getByLabel('券面の写真').setInputFiles(file);
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await expect(page).toHaveURL(/\/reissue\/apply(\?.*)?$/);
    const message = page.locator('[data-message-code="reissue.photoRejected"]');
    await expect(message).toContainText(why);
  }
  // A refused photo kept the fields (the 20 MB body was not read: the row kept the earlier ones).
  await expect(page.getByLabel('カードID')).toHaveValue(card);
  await page.getByLabel('券面の写真').setInputFiles(await jpeg('card-face-server.jpg', 1000, 1600));
  await page.getByRole('button', { name: '確認画面へ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請内容の確認' })).toBeVisible();
  await context.close();
});

test('a 20 MB upload without an application yet gets tooLarge in the address, not request.invalid', async ({
  page,
  baseURL,
}) => {
  const response = await page.request.post('/api/reissue/apply/check', {
    headers: { origin: baseURL! },
    multipart: { photo: { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(20 * 1024 * 1024, 1) } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  const location = new URL(response.headers().location!, baseURL);
  expect(location.pathname).toBe('/reissue/apply');
  expect(location.searchParams.get('notice')).toBe('reissue.photoRejected');
  expect(location.searchParams.get('reason')).toBe('tooLarge');
  await page.goto(location.pathname + location.search);
  await expect(page.locator('[data-message-code="reissue.photoRejected"]')).toContainText(reason('tooLarge'));
});
