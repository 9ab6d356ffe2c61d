import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe';
import { FAKE_CAMERA, writeQrPng } from './fixtures/fake-camera';
import { agreeToTerms, expectMessage } from './fixtures/flow';
import { holderWithTicket, issueTicket, type IssuedTicket } from './fixtures/operator';
import { expect, test } from './fixtures/test';

/**
 * QR entry without the camera (spec §3 step 3): a photo of the QR, decoded in the browser, and the
 * tolerant manual entry. Each test has its own ticket; the non-QR picture comes from the global
 * setup (fixtures/fake-camera.ts).
 */

const PASSWORD_FIELD = '初期登録用のパスワード（生年月日8桁）';

async function openQrEntry(page: Page) {
  await page.goto('/');
  await agreeToTerms(page);
  await page.getByRole('button', { name: '初回登録の方はこちら' }).click();
  await expect(page.getByRole('heading', { name: '初期登録用 QR コードの読み取り' })).toBeVisible();
  // The camera and photo ways are enabled once the page's script runs.
  await expect(page.getByLabel('画像から読み取る')).toBeEnabled();
}

async function typeCode(page: Page, typed: string) {
  await page.getByLabel('登録コード（20文字）').fill(typed);
  await page.getByRole('button', { name: 'OK' }).click();
}

/** `timeout`: longer after a photo, which the page decodes first (slow on a loaded 2-core CI machine). */
async function expectPasswordScreen(page: Page, timeout?: number) {
  await expect(page.getByLabel(PASSWORD_FIELD)).toBeVisible({ timeout });
  expect(new URL(page.url()).pathname).toBe('/register/password');
}

/** A fresh ticket whose code contains `char` (re-issued until it does; the last one is valid). */
async function ticketWithCodeContaining(char: string): Promise<IssuedTicket> {
  let { ticket } = await holderWithTicket();
  for (let i = 0; i < 25 && !ticket.code.includes(char); i++) ticket = await issueTicket(ticket.personId);
  expect(ticket.code, `a code containing ${char}`).toContain(char);
  return ticket;
}

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const grouped = (s: string) => s.match(/.{1,4}/g)?.join('-') ?? s;

test('the QR entry screen offers the three ways and passes axe', async ({ page }) => {
  await openQrEntry(page);
  await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeVisible();
  await expect(page.getByLabel('画像から読み取る')).toBeAttached();
  await expect(page.getByText('登録コードを入力する', { exact: true })).toBeVisible();
  await expectAccessible(page);
});

/** A string only html5-qrcode's bundle contains, to tell when the scanner library is loaded. */
const SCANNER_MARKER = 'QR code parse error';

test('「画像から読み取る」 loads the scanner only then, and a photo of the QR code leads to the password screen', async ({
  page,
}, testInfo) => {
  const { ticket } = await holderWithTicket();
  const photo = testInfo.outputPath('ticket-qr.png');
  await writeQrPng(photo, ticket.url);
  const scripts: Array<Promise<string>> = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text().catch(() => ''));
  });
  // Script URLs the QR page has requested, and those it requests only once the photo is chosen.
  const seen = new Set<string>();
  const requestedOnUse: string[] = [];
  let choosing = false;
  page.on('request', (r) => {
    if (r.resourceType() !== 'script') return;
    if (choosing && !seen.has(r.url())) requestedOnUse.push(r.url());
    seen.add(r.url());
  });
  await openQrEntry(page);
  await page.waitForLoadState('networkidle');
  expect(
    (await Promise.all(scripts)).some((body) => body.includes(SCANNER_MARKER)),
    'scanner loaded before use',
  ).toBe(false);

  // Bodies are not relied on here: the decoded code may move the page on before they are read.
  let requestedBeforeSubmit = 0;
  await page.route('**/api/flow/code', async (route) => {
    requestedBeforeSubmit = requestedOnUse.length;
    await route.continue();
  });
  choosing = true;
  await page.getByLabel('画像から読み取る').setInputFiles(photo);
  await expectPasswordScreen(page, 30_000);
  expect(requestedBeforeSubmit, 'the scanner was fetched when the photo was chosen').toBeGreaterThan(0);
});

test('without a usable camera, 「カメラで読み取る」 says qr.unreadable and points to the other two ways', async ({
  page,
}) => {
  // The phone project has no camera permission: getUserMedia is refused, as when a doctor says no.
  await openQrEntry(page);
  await page.getByRole('button', { name: 'カメラで読み取る' }).click();
  await expectMessage(page, 'qr.unreadable');
  const message = page.locator('[data-message-code="qr.unreadable"]');
  await expect(message).toContainText('QRコードを読み取れませんでした。');
  await expect(message).toContainText('「画像から読み取る」');
  await expect(message).toContainText('「登録コードを入力する」');
  await expect(page.getByRole('button', { name: 'カメラで読み取る' })).toBeEnabled();
  await expect(page.getByLabel('画像から読み取る')).toBeEnabled();
  await expect(page.getByLabel('登録コード（20文字）')).toBeEditable();
});

test('a picture without a QR code says qr.unreadable and the typed code still works', async ({ page }) => {
  const { ticket } = await holderWithTicket();
  await openQrEntry(page);
  await page.getByLabel('画像から読み取る').setInputFiles(FAKE_CAMERA.notAQrPhoto);
  await expectMessage(page, 'qr.unreadable');
  await expect(page.locator('[data-message-code="qr.unreadable"]')).toContainText('QRコードを読み取れませんでした。');
  expect(new URL(page.url()).pathname).toBe('/register/qr');
  await expectAccessible(page);

  await typeCode(page, ticket.code);
  await expectPasswordScreen(page);
});

const typedForms: Array<[string, (code: string) => string]> = [
  ['full-width characters', fullWidth],
  ['lower case', (code) => code.toLowerCase()],
  ['hyphens between groups of four', grouped],
];

for (const [name, form] of typedForms) {
  test(`the code typed in ${name} is accepted`, async ({ page }) => {
    const { ticket } = await holderWithTicket();
    const typed = form(ticket.code);
    expect(typed).not.toBe(ticket.code);
    await openQrEntry(page);
    await typeCode(page, typed);
    await expectPasswordScreen(page);
  });
}

const lookAlikes: Array<[string, string, string]> = [
  ['O for 0', '0', 'O'],
  ['I for 1', '1', 'I'],
  ['L for 1', '1', 'L'],
];

for (const [name, digit, letter] of lookAlikes) {
  test(`the Crockford look-alike ${name} is accepted`, async ({ page }) => {
    const ticket = await ticketWithCodeContaining(digit);
    await openQrEntry(page);
    await typeCode(page, ticket.code.replaceAll(digit, letter));
    await expectPasswordScreen(page);
  });
}

test('a refused code leaves what the doctor typed in the field, and the corrected code goes on', async ({ page }) => {
  const { ticket } = await holderWithTicket();
  // The real code with its last character changed: well-formed, but no ticket has it.
  const last = ticket.code.at(-1) === 'Z' ? 'Y' : 'Z';
  const typed = grouped(`${ticket.code.slice(0, -1)}${last}`).toLowerCase();
  await openQrEntry(page);
  await typeCode(page, typed);
  await expectMessage(page, 'qr.unknown');
  await expect(page.getByLabel('登録コード（20文字）')).toHaveValue(typed);
  expect(new URL(page.url()).pathname).toBe('/register/qr');
  expect(page.url().toLowerCase()).not.toContain(typed.replaceAll('-', '').slice(0, 8));

  // A code too short to be one: the same.
  await typeCode(page, 'abcd-efgh');
  await expectMessage(page, 'qr.codeFormat');
  await expect(page.getByLabel('登録コード（20文字）')).toHaveValue('abcd-efgh');

  await typeCode(page, ticket.code);
  await expectPasswordScreen(page);
});
