import { randomInt } from 'node:crypto';
import { errors } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import {
  agreeToTerms,
  enterCode,
  enterPassword,
  expectCatalogueText,
  openQrEntry,
  openTicketToPassword,
} from './fixtures/flow';
import { admin, holderWithTicket, issueTicket } from './fixtures/operator';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/test';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomCode = () => Array.from({ length: 20 }, () => CROCKFORD[randomInt(CROCKFORD.length)]).join('');
const WRONG_DATE = '19000101';

/**
 * A deep link that cannot be used lands on QR entry (not an error page) with its own message. It
 * stores nothing, so the message's catalogue code rides in `?notice=` (never the registration code).
 */
async function expectOnQrEntry(page: Page) {
  await expect(page).toHaveURL(/\/register\/qr(\?notice=[a-z]+\.[A-Za-z]+)?$/);
  await expect(page.getByRole('heading', { name: '初期登録用 QR コードの読み取り' })).toBeVisible();
  await expect(page.getByLabel('登録コード（20文字）')).toBeVisible();
}

test('qr.unknown: a well-formed code that is not ours, typed after 【初回登録の方はこちら】', async ({ page }) => {
  await openQrEntry(page);
  await enterCode(page, randomCode());
  await expect(page.getByText(errors['qr.unknown'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'qr.unknown');
  await expectOnQrEntry(page);
  await expectAccessible(page);
});

test('qr.codeFormat: 「ABC」 cannot be a registration code', async ({ page }) => {
  await openQrEntry(page);
  await enterCode(page, 'ABC');
  await expect(page.getByText(errors['qr.codeFormat'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'qr.codeFormat');
  await expectOnQrEntry(page);
  await expectAccessible(page);
});

test('qr.expired: the deep link of an expired ticket lands on QR entry with its message', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await admin(['ticket:expire', '--person-id', holder.personId]);
  await page.goto(ticket.url);
  await expectOnQrEntry(page);
  await expect(page.getByText(errors['qr.expired'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'qr.expired');
  await expectAccessible(page);
});

test('qr.expired: typing the code of an expired ticket shows the same message', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await admin(['ticket:expire', '--person-id', holder.personId]);
  await openQrEntry(page);
  await enterCode(page, ticket.code.toLowerCase());
  await expectCatalogueText(page, 'qr.expired');
  await expectOnQrEntry(page);
});

test('qr.locked: five wrong birth dates, then the ticket URL again', async ({ page }) => {
  const { ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);
  for (let n = 4; n >= 1; n--) {
    await enterPassword(page, WRONG_DATE);
    await expect(page.getByText(`残り入力可能回数：${n}回`)).toBeVisible();
  }
  await enterPassword(page, WRONG_DATE);
  await expectCatalogueText(page, 'qr.locked');

  await page.goto(ticket.url);
  await expectOnQrEntry(page);
  await expect(page.getByText(errors['qr.locked'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'qr.locked');
  await expectAccessible(page);
});

test('qr.superseded: a ticket issued twice, the first URL is opened', async ({ page }) => {
  const { holder, ticket: first } = await holderWithTicket();
  const second = await issueTicket(holder.personId);
  expect(second.code).not.toBe(first.code);

  await page.goto(first.url);
  await expectOnQrEntry(page);
  await expect(page.getByText(errors['qr.superseded'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'qr.superseded');
  await expectAccessible(page);

  // The newest card still works.
  await page.goto(second.url);
  await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
});

test('after a refused deep link, which stores nothing, QR entry still takes the right code', async ({ page }) => {
  const { holder, ticket: first } = await holderWithTicket();
  const second = await issueTicket(holder.personId);
  await page.goto(first.url);
  await expectOnQrEntry(page);
  await expectCatalogueText(page, 'qr.superseded');
  expect((await page.context().cookies()).find((c) => c.name === 'hpki_flow')).toBeUndefined();
  // The message survives the language switch (it is in the URL, not in a row).
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByText(errors['qr.superseded'].text.en)).toBeVisible();
  await page.getByRole('link', { name: '日本語' }).click();
  await expectCatalogueText(page, 'qr.superseded');

  await enterCode(page, second.code);
  await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
  await agreeToTerms(page);
  await expect(page.getByLabel('初期登録用のパスワード（生年月日8桁）')).toBeVisible();
});

test('QR entry shows only the notices a refused code can carry', async ({ page }) => {
  await page.goto('/register/qr?notice=flow.back');
  await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
  await expect(page.locator('[data-message-code]')).toHaveCount(0);
});
