/**
 * The admin's actions on a holder (issue 8 #3), through the console on a phone-sized viewport:
 * 【QRコードを発行】 with a reason shows the printable card whose code really opens the
 * registration; 【QRコードを無効化】 and 【デバイスを無効化】 change the holder's page; a missing
 * reason is refused; the support role sees no actions and its API calls get 403.
 */
import { labels } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import { registeredHolder } from './fixtures/registered';
import { openHolder } from './fixtures/staff';
import { expect, test } from './fixtures/test';
import { E2E_ORIGIN } from './server-env';

test('an admin issues a QR code with a reason (the card works), expires it, and revokes the device', async ({
  page,
  signInStaff,
}) => {
  test.setTimeout(120_000);
  const { holder } = await registeredHolder(page);
  await signInStaff('admin');
  await openHolder(page, holder.personId);

  const issue = page.getByRole('form', { name: 'QRコードを発行' });
  await issue.getByRole('button', { name: 'QRコードを発行' }).click();
  await expect(page.getByText(labels['staff.reasonRequired'].ja)).toBeVisible();

  await issue.getByLabel('理由（必須）').fill('QR コード紛失の電話連絡');
  await issue.getByRole('button', { name: 'QRコードを発行' }).click();
  const card = page.locator('.print-cards .card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(holder.personId);
  await expect(card.locator('svg')).toHaveCount(1);
  const code = (await card.locator('dd.code').innerText()).replace(/-/g, '');
  expect(code).toMatch(/^[0-9A-Z]{20}$/);
  await expect(page.getByRole('button', { name: '印刷する' })).toBeVisible();
  await expectAccessible(page);
  const tickets = page.getByRole('table', { name: labels['support.holder.tickets'].ja });
  await expect(tickets.getByRole('cell', { name: '有効', exact: true })).toBeVisible();
  await expect(tickets.getByRole('cell', { name: /^staff:/ })).toBeVisible();

  // The printed code opens the registration (in the doctor's own browser).
  const doctor = await page
    .context()
    .browser()!
    .newContext({ ...test.info().project.use });
  const doctorPage = await doctor.newPage();
  await doctorPage.goto(`/r/${code}`);
  await expect(doctorPage.getByRole('heading', { name: labels['terms.title'].ja })).toBeVisible();
  await doctor.close();

  const expire = page.getByRole('form', { name: 'QRコードを無効化' });
  await expire.getByLabel('理由（必須）').fill('カード盗難の届出');
  await expire.getByRole('button', { name: 'QRコードを無効化' }).click();
  await expect(page.getByText('1件の QR コードを無効化しました。')).toBeVisible();
  await expect(tickets.getByRole('cell', { name: '期限切れ' })).toBeVisible();

  const revoke = page.getByRole('form', { name: 'デバイスを無効化' });
  await revoke.getByLabel('理由（必須）').fill('スマートフォン紛失');
  await revoke.getByRole('button', { name: 'デバイスを無効化' }).click();
  await expect(page.getByText(labels['support.actions.revoked'].ja)).toBeVisible();
  const devices = page.getByRole('table', { name: labels['support.holder.devices'].ja });
  await expect(devices.getByRole('cell', { name: '無効（スマートフォン紛失）' })).toBeVisible();
  await revoke.getByLabel('理由（必須）').fill('もう一度');
  await revoke.getByRole('button', { name: 'デバイスを無効化' }).click();
  await expect(page.getByText(labels['staff.noActiveDevice'].ja)).toBeVisible();
});

test('the support role sees no actions, and its calls to them are refused with 403', async ({ page, signInStaff }) => {
  const { holder } = await registeredHolder(page);
  await signInStaff('support');
  await openHolder(page, holder.personId);
  await expect(page.getByRole('heading', { name: labels['support.actions.title'].ja })).toHaveCount(0);
  const holderId = page.url().split('/').pop()!;
  for (const action of ['issue', 'expire', 'revoke']) {
    const res = await page.request.post(`/api/support/holders/${action}`, {
      headers: { origin: E2E_ORIGIN },
      data: { holderId, reason: 'test' },
    });
    expect(res.status(), action).toBe(403);
    expect(await res.json()).toEqual({ ok: false, code: 'staff.forbidden' });
  }
});
