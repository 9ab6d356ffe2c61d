import { errors, format } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import { enterPassword, expectCatalogueText, openTicketToPassword } from './fixtures/flow';
import { holderWithTicket, showHolder } from './fixtures/operator';
import { expect, test } from './fixtures/test';

const WRONG_DATE = '19000101';
const remaining = (n: number) => `残り入力可能回数：${n}回`;

test('password.format: 「1980」 is not a date and does not count as an attempt', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);
  await enterPassword(page, '1980');
  await expect(page.getByText(errors['password.format'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'password.format');
  await expect(page.getByText(remaining(5))).toBeVisible();
  await expectAccessible(page);

  // Not a real date either: still a format error, still five left.
  await enterPassword(page, '19800231');
  await expectCatalogueText(page, 'password.format');
  await expect(page.getByText(remaining(5))).toBeVisible();
  expect((await showHolder(holder.personId)).tickets[0]).toMatchObject({ state: 'active', attemptsUsed: 0 });
});

test('password.wrong: each wrong date shows the attempts left; the 5th locks with qr.locked', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);
  await expect(page.getByText(remaining(5))).toBeVisible();
  for (let n = 4; n >= 1; n--) {
    await enterPassword(page, WRONG_DATE);
    await expect(page.getByText(format(errors['password.wrong'].text.ja, { n }))).toBeVisible();
    await expectCatalogueText(page, 'password.wrong', { n });
    await expect(page.getByText(remaining(n))).toBeVisible();
    if (n === 4) await expectAccessible(page);
  }
  await enterPassword(page, WRONG_DATE);
  await expect(page.getByText(errors['qr.locked'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'qr.locked');
  // No field to try again; the way forward is the re-issue (FAQ Q5).
  await expect(page.getByLabel('初期登録用のパスワード（生年月日8桁）')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'QRコードの再発行' })).toBeVisible();
  await expectAccessible(page);

  // Locked for good: even the right birth date, posted as the form would, is refused now.
  const origin = new URL(page.url()).origin;
  await page.request.post('/api/flow/password', { headers: { origin }, form: { password: holder.password } });
  await page.reload();
  await expectCatalogueText(page, 'qr.locked');
  await expect(page.getByRole('heading', { name: 'パスワード入力' })).toBeVisible();
  expect((await showHolder(holder.personId)).tickets[0]).toMatchObject({ state: 'locked', attemptsUsed: 5 });
});

const tolerant: Array<[string, (iso: string) => string]> = [
  ['YYYY/MM/DD', (iso) => iso.replaceAll('-', '/')],
  [
    'YYYY年M月D日',
    (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return `${y}年${m}月${d}日`;
    },
  ],
  [
    'full-width digits',
    (iso) => iso.replaceAll('-', '').replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  ],
];

for (const [name, typed] of tolerant) {
  test(`tolerant password format is accepted: ${name}`, async ({ page }) => {
    const { holder, ticket } = await holderWithTicket();
    await openTicketToPassword(page, ticket.url);
    await enterPassword(page, typed(holder.birthDate));
    await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
    await expect(page.getByLabel('Username（本人ID）')).toHaveValue(holder.personId);
  });
}

test('a correct birth date resets the count of wrong ones', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);
  await enterPassword(page, WRONG_DATE);
  await expectCatalogueText(page, 'password.wrong', { n: 4 });
  await enterPassword(page, holder.birthDate);
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  expect((await showHolder(holder.personId)).tickets[0]).toMatchObject({ state: 'active', attemptsUsed: 0 });
});

test('login.personIdMismatch: an edited Username is refused; the pre-filled one goes on', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToPassword(page, ticket.url);
  await enterPassword(page, holder.password);
  const username = page.getByLabel('Username（本人ID）');
  await expect(username).toHaveValue(holder.personId);
  const other = holder.personId.endsWith('0') ? `${holder.personId.slice(0, -1)}1` : `${holder.personId.slice(0, -1)}0`;
  await username.fill(other);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByText(errors['login.personIdMismatch'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'login.personIdMismatch');
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();
  await expectAccessible(page);

  await username.fill(holder.personId);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: 'セキュリティキーの登録' })).toBeVisible();
});
