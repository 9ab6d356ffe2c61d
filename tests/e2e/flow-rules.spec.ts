import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { errors } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import {
  enterCode,
  enterPassword,
  expectCatalogueText,
  openQrEntry,
  openTicketToPassword,
  openTicketToRegistration,
  registerPasskey,
  restartFromStepOne,
} from './fixtures/flow';
import { admin, holderWithTicket, showHolder } from './fixtures/operator';
import { expect, test } from './fixtures/test';

/** RULES.codeLookupPerIp in lib/security/rate-limit.ts (server-only, so not importable here). */
const CODE_LOOKUPS_PER_IP = 20;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomCode = () => Array.from({ length: 20 }, () => CROCKFORD[randomInt(CROCKFORD.length)]).join('');

test('flow.back: browser Back after moving on shows the restart screen, not a broken form', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);
  await enterPassword(page, holder.password);
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();

  await page.goBack();
  await expect(page.getByRole('heading', { name: '登録を続けられません' })).toBeVisible();
  await expect(page.getByText(errors['flow.back'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'flow.back');
  await expect(page.getByLabel('初期登録用のパスワード（生年月日8桁）')).toHaveCount(0);
  await expectAccessible(page);
  await restartFromStepOne(page);
});

test('flow.expired: a flow idle for more than 15 minutes is interrupted', async ({ page }) => {
  const { ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'hpki_flow');
  expect(cookie?.value).toBeTruthy();
  await admin(['flow:age', `--flow-cookie=${cookie!.value}`, '--minutes', '16']);

  await page.reload();
  await expect(page.getByText(errors['flow.expired'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'flow.expired');
  await expect(page.getByLabel('初期登録用のパスワード（生年月日8桁）')).toHaveCount(0);
  await expectAccessible(page);
  await restartFromStepOne(page);
});

test('rate.limited: too many code lookups from one address', async ({ page }) => {
  const real = holderWithTicket(); // issued meanwhile: the CLI takes a while
  await openQrEntry(page);
  let attempts = 0;
  const limited = page.locator('[data-message-code="rate.limited"]');
  while (attempts < CODE_LOOKUPS_PER_IP + 5) {
    attempts += 1;
    await enterCode(page, randomCode());
    await expect(page.locator('[data-message-code="qr.unknown"], [data-message-code="rate.limited"]')).toBeVisible();
    if (await limited.isVisible()) break;
  }
  expect(attempts).toBe(CODE_LOOKUPS_PER_IP + 1);
  await expect(page.getByText(errors['rate.limited'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'rate.limited');
  await expectAccessible(page);

  // Even a real code is not looked up from this address for now.
  const { ticket } = await real;
  await enterCode(page, ticket.code);
  await expect(page.getByLabel('登録コード（20文字）')).toHaveValue(ticket.code);
  await expectCatalogueText(page, 'rate.limited');
  await expect(page.getByRole('heading', { name: '初期登録用 QR コードの読み取り' })).toBeVisible();
});

test('step pages are sent with Cache-Control: no-store', async ({ page }) => {
  const seen = new Map<string, string | undefined>();
  page.on('response', (res) => {
    if (res.request().resourceType() === 'document' && res.status() === 200) {
      seen.set(new URL(res.url()).pathname, res.headers()['cache-control']);
    }
  });
  const { holder, ticket } = await holderWithTicket();
  await openQrEntry(page);
  await enterCode(page, ticket.code);
  await enterPassword(page, holder.password);
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: 'セキュリティキーの登録' })).toBeVisible();

  expect([...seen.keys()].sort()).toEqual([
    '/',
    '/register/login',
    '/register/passkey',
    '/register/password',
    '/register/qr',
    '/start',
  ]);
  for (const [path, value] of seen) expect(value, path).toContain('no-store');
});

test('a replayed registration result is refused and stores nothing', async ({ page, authenticator: _, baseURL }) => {
  const { holder, ticket } = await holderWithTicket();
  let captured: string | null = null;
  await page.route('**/api/register/verify', async (route) => {
    captured = route.request().postData();
    await route.continue();
  });
  await openTicketToRegistration(page, ticket.url, holder.password);
  await registerPasskey(page);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name: '登録が完了しました' })).toBeVisible();
  expect(captured).toBeTruthy();

  const headers = { origin: baseURL!, 'content-type': 'application/json' };
  // The same flow, after completion: the registration has finished.
  const again = await page.request.post('/api/register/verify', { headers, data: captured! });
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ ok: false, code: 'flow.finished' });

  // A new flow at the registration step: registration options are refused (the holder is
  // registered), so there is no challenge the old response could match.
  await openTicketToRegistrationSignIn(page, ticket.url, holder.password);
  const options = await page.request.post('/api/register/options', { headers, data: {} });
  expect(await options.json()).toMatchObject({ ok: false, code: 'register.alreadyRegistered' });
  const replay = await page.request.post('/api/register/verify', { headers, data: captured! });
  expect(replay.status()).toBe(200);
  expect(await replay.json()).toMatchObject({ ok: false, code: 'register.invalidResult' });

  const view = await showHolder(holder.personId);
  expect(view.credentials).toHaveLength(1);
  expect(view.credentials.filter((c) => !c.revoked)).toHaveLength(1);
});

test('a cross-origin POST is refused with 403 and changes nothing', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);
  const res = await page.request.post('/api/flow/password', {
    headers: { origin: 'https://evil.example' },
    form: { password: holder.password },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  const wrong = await page.request.post('/api/flow/password', {
    headers: { origin: 'https://evil.example' },
    form: { password: '19000101' },
    maxRedirects: 0,
  });
  expect(wrong.status()).toBe(403);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'パスワード入力' })).toBeVisible();
  await expect(page.getByText('残り入力可能回数：5回')).toBeVisible();
  expect((await showHolder(holder.personId)).tickets[0]).toMatchObject({ state: 'active', attemptsUsed: 0 });
});

test('malformed JSON to /api/register/verify is a 400, not a 500, and the ceremony still works', async ({
  page,
  authenticator,
  baseURL,
}) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToRegistration(page, ticket.url, holder.password);
  const headers = { origin: baseURL!, 'content-type': 'application/json' };
  const broken = await page.request.post('/api/register/verify', { headers, data: '{"response": {' });
  expect(broken.status()).toBe(400);
  expect(await broken.json()).toMatchObject({ ok: false, code: 'request.invalid' });
  const wrongShape = await page.request.post('/api/register/verify', { headers, data: '[1,2,3]' });
  expect(wrongShape.status()).toBe(400);

  await registerPasskey(page);
  expect(await authenticator.credentials()).toHaveLength(1);
});

/** Opening an already registered ticket again: password, login, then 【セキュリティキーによるサインイン】. */
async function openTicketToRegistrationSignIn(page: Page, url: string, password: string) {
  await openTicketToPassword(page, url);
  await enterPassword(page, password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('button', { name: 'セキュリティキーによるサインイン' })).toBeVisible();
}
