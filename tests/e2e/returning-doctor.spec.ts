import type { Page } from '@playwright/test';
import { errors, labels } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import {
  enterCode,
  expectCatalogueText,
  openTicketToPassword,
  openTicketToRegistration,
  registerPasskey,
  restartFromStepOne,
} from './fixtures/flow';
import { holderWithTicket } from './fixtures/operator';
import { registeredHolder } from './fixtures/registered';
import { expect, test } from './fixtures/test';

const START = { name: 'HPKI セカンド電子証明書の登録' };
const TERMS_CHECKBOX = { name: '利用規約の内容を確認して理解しました' };
const PASSWORD = '初期登録用のパスワード（生年月日8桁）';

/** The start screen with its three ways: first registration, ログイン and device change. */
async function expectStartScreen(page: Page) {
  await expect(page.getByRole('heading', START)).toBeVisible();
  await expect(page.getByRole('checkbox', TERMS_CHECKBOX)).toHaveCount(0);
  await expect(page.getByText(errors['flow.back'].text.ja)).toHaveCount(0);
  for (const name of ['初回登録の方はこちら', 'ログイン', '登録してあるスマートフォンを変更']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
}

test('after 「登録が完了しました」 the top page and /start lead to the start screen: ログイン, device change, another card (issue 11 #13, #14)', async ({
  page,
  authenticator: _,
}) => {
  // A registration, a ログイン and a second card: headroom for a busy CI machine.
  test.setTimeout(120_000);
  const { holder } = await registeredHolder(page);

  await page.goto('/');
  await expectStartScreen(page);
  await expectAccessible(page);
  await page.goto('/start');
  await expectStartScreen(page);

  await page.getByRole('button', { name: '登録してあるスマートフォンを変更' }).click();
  await expect(page.getByRole('heading', { name: '登録してあるスマートフォンを変更' })).toBeVisible();

  // 【ログイン】 from the top page, as the complete screen says.
  await page.goto('/');
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.getByLabel('医籍登録番号').fill(holder.medicalRegistrationNumber);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: '券面情報' })).toBeVisible();

  // Another card from the same browser: QR entry, then straight to the password (terms agreed).
  const other = await holderWithTicket();
  await page.goto('/');
  await page.getByRole('button', { name: '初回登録の方はこちら' }).click();
  await expect(page.getByRole('heading', { name: '初期登録用 QR コードの読み取り' })).toBeVisible();
  await enterCode(page, other.ticket.code);
  await expect(page.getByLabel(PASSWORD)).toBeVisible();
  await expect(page.getByRole('checkbox', TERMS_CHECKBOX)).toHaveCount(0);
});

test('Back once the passkey exists, and on the 完了 page, says the registration is done and offers the way on (issue 11 #17a)', async ({
  page,
  authenticator: _,
}) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToRegistration(page, ticket.url, holder.password);
  await registerPasskey(page);

  // ラベル登録 → Back: the passkey page again.
  await page.goBack();
  await expect(page.getByRole('heading', { name: '登録は完了しています' })).toBeVisible();
  await expectCatalogueText(page, 'flow.registered');
  await expect(page.getByText(errors['flow.back'].text.ja)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '登録', exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: '続きから登録する' }).click();
  await expect(page.getByRole('heading', { name: 'ラベル登録' })).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name: '登録が完了しました' })).toBeVisible();

  // 完了 → Back: the label page again.
  await page.goBack();
  await expect(page.getByRole('heading', { name: '登録は完了しています' })).toBeVisible();
  await expectCatalogueText(page, 'flow.finished');
  await expect(page.getByText(errors['flow.back'].text.ja)).toHaveCount(0);
  await expect(page.getByLabel('ラベル')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'ログイン', exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'トップページへ' }).click();
  await expectStartScreen(page);
});

test('opening the top page or /start mid-flow says a registration is in progress, with every way on (issue 11 #17a)', async ({
  page,
}) => {
  const { ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);

  // A bookmark or a typed address: not "Back pressed".
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '登録の手続き中です' })).toBeVisible();
  await expectCatalogueText(page, 'flow.inProgress');
  await expect(page.getByText(errors['flow.back'].text.ja)).toHaveCount(0);
  for (const name of ['続きから登録する', '最初からやり直す', 'ログイン', '登録してあるスマートフォンを変更']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await page.getByRole('button', { name: '続きから登録する' }).click();
  await expect(page.getByLabel(PASSWORD)).toBeVisible();

  await page.goto('/start');
  await expectCatalogueText(page, 'flow.inProgress');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: labels['interrupt.inProgressTitle'].en })).toBeVisible();
  await expect(page.getByText(errors['flow.inProgress'].text.en, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: labels['start.login'].en, exact: true })).toBeVisible();
  await page.getByRole('link', { name: '日本語' }).click();

  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page.getByLabel('医籍登録番号')).toBeVisible();
  await page.goto('/');
  await restartFromStepOne(page);
});
