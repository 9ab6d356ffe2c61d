import type { Page } from '@playwright/test';
import { expectAccessible } from './fixtures/axe';
import { agreeToTerms, confirmUsername, enterPassword } from './fixtures/flow';
import { registeredHolder } from './fixtures/registered';
import { expect, test } from './fixtures/test';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** The main content's lines: `keep` picks the ones written in the wrong language. */
async function mainLines(page: Page, keep: (line: string) => boolean): Promise<string[]> {
  const lines = (await page.locator('main').innerText()).split('\n').map((s) => s.trim());
  return lines.filter((line) => line !== '' && keep(line));
}

/** A finished journey offers its next step: 【ログイン】 (FAQ Q6), the top page and the help pages. */
async function expectNextSteps(page: Page) {
  await expect(page.getByRole('button', { name: 'ログイン', exact: true })).toBeVisible();
  const onward = page.getByRole('navigation', { name: 'お困りの方' });
  await expect(onward.getByRole('link', { name: 'トップへ戻る' })).toHaveAttribute('href', '/');
  await expect(onward.getByRole('link', { name: 'よくあるご質問' })).toHaveAttribute('href', '/help/faq');
  await expectAccessible(page);
}

/** 【ログイン】 leads to the ログイン screen that asks for the 医籍登録番号. */
async function expectLoginButtonWorks(page: Page) {
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel('医籍登録番号')).toBeVisible();
}

test('item 14/15/17b: the complete screen has 【ログイン】 and its next steps, all in Japanese', async ({
  page,
  authenticator: _,
}) => {
  await registeredHolder(page);
  expect(await mainLines(page, (l) => LATIN_WORD.test(l) && !JAPANESE.test(l)), 'English lines').toEqual([]);
  await expectNextSteps(page);
  await expectLoginButtonWorks(page);
});

test('item 17b: the English complete screen has an English heading and no Japanese-only line', async ({
  page,
  authenticator: _,
}) => {
  await registeredHolder(page);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Registration complete');
  expect(await mainLines(page, (l) => JAPANESE.test(l) && !LATIN_WORD.test(l)), 'Japanese lines').toEqual([]);
  await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeVisible();
  await expectAccessible(page);
});

test('item 17b: 「登録済みのスマートフォンを確認しました」 has its next step', async ({ page, authenticator: _ }) => {
  const { holder, ticket } = await registeredHolder(page);
  await page.goto(ticket.url);
  await agreeToTerms(page);
  await enterPassword(page, holder.password);
  await confirmUsername(page);
  await page.getByRole('button', { name: 'セキュリティキーによるサインイン' }).click();
  await expect(page.getByRole('heading', { name: '登録済みのスマートフォンを確認しました' })).toBeVisible();
  await expectNextSteps(page);
  await expectLoginButtonWorks(page);
});

test('item 17b: 「スマートフォンの変更が完了しました」 has its next step', async ({
  page,
  authenticator,
  addAuthenticator,
}) => {
  test.setTimeout(120_000);
  await registeredHolder(page);
  // Signed in with the registered passkey, then the phone's new authenticator registers.
  await page.goto('/device');
  await page.getByRole('button', { name: '登録済みのパスキーで本人確認' }).click();
  await expect(page.getByRole('heading', { name: '新しいスマートフォンの登録' })).toBeVisible();
  await authenticator.remove();
  await addAuthenticator(page);
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('heading', { name: 'スマートフォンの変更が完了しました' })).toBeVisible();
  await expectNextSteps(page);
  await expectLoginButtonWorks(page);
});

test('item 17c: each help page links onward and names the certification centre to contact', async ({ page }) => {
  for (const path of ['/help/faq', '/help/errors', '/reissue']) {
    await page.goto(path);
    const onward = page.getByRole('navigation', { name: 'お困りの方' });
    await expect(onward.getByRole('link', { name: 'トップへ戻る' }), path).toHaveAttribute('href', '/');
    for (const [name, href] of [
      ['よくあるご質問', '/help/faq'],
      ['よくあるエラーメッセージ', '/help/errors'],
      ['QRコードの再発行', '/reissue'],
    ] as const) {
      await expect(onward.getByRole('link', { name, exact: true }), path).toHaveAttribute('href', href);
    }
    const contact = page.getByRole('region', { name: 'お問い合わせ' });
    await expect(contact.getByText('日本医師会電子認証センター', { exact: false }).first(), path).toBeVisible();
    await expect(contact.getByRole('link', { name: /電子認証センター/ }).first(), path).toHaveAttribute(
      'href',
      /^https:\/\/www\.jmaca\.med\.or\.jp\//,
    );
    await expectAccessible(page);
  }

  // The re-issue page explains both ways with where to go, not only FAQ Q5 again; the old help
  // address lands there.
  await page.goto('/help/reissue');
  await expect(page).toHaveURL(/\/reissue$/);
  await expect(page.getByRole('link', { name: /利用者マニュアル/ })).toHaveAttribute(
    'href',
    'https://www.jmaca.med.or.jp/service/data/HPKI2nd_PFuser.pdf',
  );
  // The application is this site's own form now (issue 9 #3).
  await page.getByRole('button', { name: '申請フォームへ' }).click();
  await expect(page).toHaveURL(/\/reissue\/apply$/);
  await expect(page.getByRole('heading', { level: 1, name: '申請による QRコードの再発行' })).toBeVisible();

  // FAQ answers lead to where the answer says to go.
  await page.goto('/help/faq');
  const q5 = page.getByRole('region', { name: /^Q5\./ });
  await q5.getByRole('link', { name: 'QRコードの再発行' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'QRコードの再発行' })).toBeVisible();
});

test('item 17c: an unknown URL answers a Japanese 404 in the site chrome with links onward', async ({
  page,
  consoleErrors,
}) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  // Chromium reports the 404 document itself on the console: that one line (only) is expected.
  const notFound = 'Failed to load resource: the server responded with a status of 404 (Not Found)';
  await expect.poll(() => consoleErrors.indexOf(notFound)).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(consoleErrors.indexOf(notFound), 1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('banner').getByText('HPKI セカンド電子証明書 デバイス認証登録サイト')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'ページが見つかりません' })).toBeVisible();
  await expect(page.getByText('could not be found')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'お問い合わせ' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'お困りの方' }).getByRole('link', { name: 'トップへ戻る' }).click();
  await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
});

test('item 17c: /index.html (the address in the manual’s FAQ Q1) reaches the top page', async ({ page, request }) => {
  const direct = await request.get('/index.html', { maxRedirects: 0 });
  expect(direct.status()).toBe(308);
  expect(new URL(direct.headers()['location'] ?? '', 'http://x').pathname).toBe('/');
  const response = await page.goto('/index.html');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
});
