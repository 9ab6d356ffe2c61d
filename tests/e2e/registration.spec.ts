import { expectAccessible } from './fixtures/axe';
import {
  agreeToTerms,
  confirmUsername,
  enterPassword,
  expectMessage,
  openTicketToRegistration,
  registerPasskey,
} from './fixtures/flow';
import { holderWithTicket, showHolder } from './fixtures/operator';
import { expect, test } from './fixtures/test';

test('happy path: ticket URL to 「登録が完了しました」, one active credential with its label', async ({
  page,
  authenticator,
}) => {
  const { holder, ticket } = await holderWithTicket();
  await page.goto(ticket.url);
  await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
  await expectAccessible(page);
  await agreeToTerms(page);

  await expect(page.getByLabel('初期登録用のパスワード（生年月日8桁）')).toBeVisible();
  await expect(page.getByText('残り入力可能回数：5回')).toBeVisible();
  await expectAccessible(page);
  await enterPassword(page, holder.password);

  await expect(page.getByLabel('Username（本人ID）')).toHaveValue(holder.personId);
  await expectAccessible(page);
  await confirmUsername(page);

  await expect(page.getByRole('button', { name: '登録', exact: true })).toBeEnabled();
  await expectAccessible(page);
  await registerPasskey(page);

  const label = page.getByLabel('ラベル');
  await expect(label).toHaveValue(/^パスキー \(Android Chrome\) \d{4}\/\d{2}\/\d{2}$/);
  await expectAccessible(page);
  await label.fill('私のスマートフォン');
  await page.getByRole('button', { name: 'OK' }).click();

  await expect(page.getByRole('heading', { name: '登録が完了しました' })).toBeVisible();
  await expect(page.getByTestId('registered-label')).toHaveText('私のスマートフォン');
  await expectAccessible(page);

  const view = await showHolder(holder.personId);
  expect(view.credentials.filter((c) => !c.revoked)).toHaveLength(1);
  expect(view.credentials[0]?.label).toBe('私のスマートフォン');
  expect(view.tickets[0]?.state).toBe('used');
  expect(await authenticator.credentials()).toHaveLength(1);
});

test('【キャンセル】 on the label screen keeps the automatic label and still finishes', async ({
  page,
  authenticator: _,
}) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToRegistration(page, ticket.url, holder.password);
  await registerPasskey(page);
  const automatic = await page.getByLabel('ラベル').inputValue();
  await page.getByRole('button', { name: 'キャンセル' }).click();
  await expect(page.getByRole('heading', { name: '登録が完了しました' })).toBeVisible();
  await expect(page.getByTestId('registered-label')).toHaveText(automatic);
});

test('an already registered ticket leads to 【セキュリティキーによるサインイン】, which succeeds', async ({
  page,
  authenticator,
}) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToRegistration(page, ticket.url, holder.password);
  await registerPasskey(page);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name: '登録が完了しました' })).toBeVisible();

  await page.goto(ticket.url);
  await agreeToTerms(page);
  await enterPassword(page, holder.password);
  await confirmUsername(page);
  await expect(
    page.getByText('この QR コードはすでにスマートフォンへ登録されています。', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '登録', exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'セキュリティキーによるサインイン' }).click();
  await expectMessage(page, 'register.alreadyRegistered');
  await expect(page.getByRole('heading', { name: '登録済みのスマートフォンを確認しました' })).toBeVisible();
  await expectAccessible(page);
  const view = await showHolder(holder.personId);
  expect(view.credentials).toHaveLength(1);
  expect(view.credentials[0]?.signCount).toBeGreaterThan(0);
  expect(await authenticator.credentials()).toHaveLength(1);
});
