import { expectAccessible } from './fixtures/axe';
import { expect, test } from './fixtures/test';

test('the home page is Japanese, has the terms, and passes axe', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['cache-control']).toContain('no-store');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
  await expect(page.getByRole('button', { name: '同意する' })).toBeDisabled();
  await page.getByRole('checkbox', { name: '利用規約の内容を確認して理解しました' }).check();
  await expect(page.getByRole('button', { name: '同意する' })).toBeEnabled();
  await expectAccessible(page);
});

test('the English switch translates the page and comes back to Japanese', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Terms of use' })).toBeVisible();
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { name: '利用規約' })).toBeVisible();
});

test('health reports the database', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
});
