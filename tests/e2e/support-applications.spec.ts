/**
 * The staff review of re-issue applications (issue 9 #3) at the centre's desktop size. An
 * application is seeded through lib/applications (the doctor's form has its own spec):
 * - a lost phone: the admin finds it in the queue, sees the photo beside the holder, 【承認する】
 *   prints the card; on a new phone the code registers, and the old phone's passkey no longer signs in;
 * - 【却下する】 needs a reason, a decision is final, an unknown カードID cannot be approved;
 * - the support role reads the queue, the application and its photo, and cannot decide.
 */
import type { Page } from '@playwright/test';
import { labels } from '../../lib/messages';
import { seedApplication } from './fixtures/applications';
import { expectAccessible } from './fixtures/axe';
import { openTicketToRegistration } from './fixtures/flow';
import { holderWithTicket, newHolderData } from './fixtures/operator';
import { expectNewPhoneReplacesOld, phone } from './fixtures/phones';
import { registeredHolder } from './fixtures/registered';
import { expect, test } from './fixtures/test';
import { E2E_ORIGIN } from './server-env';

const L = (key: keyof typeof labels) => labels[key].ja;

async function openApplication(
  page: Page,
  receipt: string,
  tab: keyof typeof labels = 'support.applications.state.new',
) {
  await page.goto('/support');
  await page.getByRole('link', { name: /^QRコード再発行の申請（新規 \d+件）$/ }).click();
  await expect(page.getByRole('heading', { name: L('support.applications.title'), level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: L('support.applications.tabs') })
    .getByRole('link', { name: L(tab) })
    .click();
  await page.getByRole('link', { name: receipt }).click();
  await expect(page.getByRole('heading', { name: `申請 ${receipt}`, level: 1 })).toBeVisible();
}

const decide = (page: Page, kind: 'approve' | 'reject', body: Record<string, unknown>) =>
  page.request.post(`/api/support/applications/${kind}`, { headers: { origin: E2E_ORIGIN }, data: body });

test('a lost phone: approved in the console, the printed code registers a new phone and the old passkey stops working', async ({
  page,
  signInStaff,
  browser,
  clientIp,
}) => {
  test.setTimeout(180_000);
  const oldPhone = await phone(browser, `${clientIp}a`);
  const { holder } = await registeredHolder(oldPhone.page);
  const seeded = await seedApplication(holder, 'phoneLost');

  await signInStaff('admin');
  await openApplication(page, seeded.receipt);
  const sent = page.getByRole('region', { name: L('support.application.form') });
  await expect(sent.getByText(L('reissueApply.reason.phoneLost'), { exact: true })).toBeVisible();
  const photo = page.getByRole('img', { name: /申請者が送った券面の写真/ });
  await expect(photo).toHaveJSProperty('naturalWidth', 1200);
  await expect(photo).toHaveJSProperty('naturalHeight', 800);
  const beside = page.getByRole('region', { name: L('support.application.holder') });
  await expect(beside.getByText(holder.personId)).toBeVisible();
  await expect(sent.getByText(L('support.application.differs'))).toHaveCount(0);
  await expect(page.getByText(L('support.application.replacesDevice'))).toBeVisible();
  await expectAccessible(page);

  const res = await page.request.get(await photo.getAttribute('src').then((s) => s!));
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/jpeg');
  expect(res.headers()['cache-control']).toBe('private, no-store');

  await page.getByRole('button', { name: '承認する' }).click();
  const card = page.locator('.print-cards .card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(holder.personId);
  await expect(page.getByRole('button', { name: '印刷する' })).toBeVisible();
  await expect(sent.getByText(L('support.applications.state.approved'), { exact: true })).toBeVisible();
  const code = (await card.locator('dd.code').innerText()).replace(/-/g, '');
  expect(code).toMatch(/^[0-9A-Z]{20}$/);
  await expect(page.getByRole('button', { name: '承認する' })).toHaveCount(0);
  expect(await (await decide(page, 'approve', { applicationId: seeded.id })).json()).toEqual({
    ok: false,
    code: 'staff.applicationDecided',
  });

  // The doctor's new phone registers with the printed code.
  const newPhone = await phone(browser, `${clientIp}b`);
  await openTicketToRegistration(newPhone.page, `${E2E_ORIGIN}/r/${code}`, holder.password);
  // The old phone's passkey is revoked in the same step; the new one signs in.
  await expectNewPhoneReplacesOld(oldPhone.page, newPhone.page, holder);
  await oldPhone.context.close();
  await newPhone.context.close();
});

test('【却下する】 needs a reason and is final; an application whose カードID names no holder cannot be approved', async ({
  page,
  signInStaff,
}) => {
  test.setTimeout(120_000);
  const { holder } = await holderWithTicket();
  const seeded = await seedApplication(holder, 'qrLost');
  const orphan = await seedApplication(newHolderData(), 'expired');
  await signInStaff('admin');

  await openApplication(page, orphan.receipt);
  await expect(page.getByText(L('support.application.noHolder'))).toBeVisible();
  await page.getByRole('button', { name: '承認する' }).click();
  await expect(page.getByText(labels['staff.applicationNoHolder'].ja)).toBeVisible();

  await openApplication(page, seeded.receipt);
  const reject = page.getByRole('form', { name: '却下する' });
  await reject.getByRole('button', { name: '却下する' }).click();
  await expect(page.getByText(labels['staff.rejectionReasonRequired'].ja)).toBeVisible();
  expect(await (await decide(page, 'reject', { applicationId: seeded.id, reason: ' ' })).json()).toEqual({
    ok: false,
    code: 'staff.rejectionReasonRequired',
  });
  await reject.getByLabel(L('support.application.rejectReason')).fill('券面が写っていません');
  await reject.getByRole('button', { name: '却下する' }).click();
  await expect(page.getByText(L('support.application.rejected'))).toBeVisible();
  await expect(page.getByText('券面が写っていません')).toBeVisible();
  await expect(page.getByRole('button', { name: '承認する' })).toHaveCount(0);
  expect(await (await decide(page, 'approve', { applicationId: seeded.id })).json()).toEqual({
    ok: false,
    code: 'staff.applicationDecided',
  });

  await openApplication(page, seeded.receipt, 'support.applications.state.rejected');
  await expect(page.getByText(L('support.applications.state.rejected'), { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
});

test('the support role reads the queue, the application and its photo, and cannot decide', async ({
  page,
  signInStaff,
}) => {
  const { holder } = await holderWithTicket();
  const seeded = await seedApplication(holder, 'passwordLocked');
  await signInStaff('support');
  await openApplication(page, seeded.receipt);
  await expect(page.getByRole('img', { name: /申請者が送った券面の写真/ })).toHaveJSProperty('naturalWidth', 1200);
  await expect(page.getByRole('heading', { name: L('support.application.decide') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '承認する' })).toHaveCount(0);
  await expectAccessible(page);
  for (const [kind, body] of [
    ['approve', { applicationId: seeded.id }],
    ['reject', { applicationId: seeded.id, reason: 'サポートの判断' }],
  ] as const) {
    const res = await decide(page, kind, body);
    expect(res.status(), kind).toBe(403);
    expect(await res.json()).toEqual({ ok: false, code: 'staff.forbidden' });
  }
  const photo = await page.request.get(`/api/support/applications/${seeded.id}/photo`);
  expect(photo.headers()['content-type']).toBe('image/jpeg');
  expect(photo.headers()['cache-control']).toBe('private, no-store');
});
