import { errors } from '../../lib/messages';
import { labels } from '../../lib/messages/labels';
import { expectAccessible } from './fixtures/axe';
import { showHolder } from './fixtures/operator';
import { logIn, registeredHolder } from './fixtures/registered';
import { expect, test } from './fixtures/test';

test('device change: sign in with the old phone, register this one; only the new passkey works afterwards', async ({
  browser,
  page: oldPhone,
  authenticator: oldAuthenticator,
  addAuthenticator,
}) => {
  // Two phones, a registration, a device change and two logins: headroom for a busy CI machine.
  test.setTimeout(120_000);
  const { holder } = await registeredHolder(oldPhone);
  const [registered] = await oldAuthenticator.credentials();
  expect(registered).toBeDefined();

  // The new phone reaches the old passkey over hybrid: here, a copy in a second authenticator.
  const context = await browser.newContext({
    ...test.info().project.use,
    extraHTTPHeaders: { 'x-forwarded-for': '2001:db8:ffff::1' },
  });
  const newPhone = await context.newPage();
  const hybrid = await addAuthenticator(newPhone);
  await hybrid.addCredential(registered!);

  await newPhone.goto('/device');
  await expect(newPhone.getByRole('heading', { name: '登録してあるスマートフォンを変更' })).toBeVisible();
  await expectAccessible(newPhone);
  await newPhone.getByRole('button', { name: '登録済みのパスキーで本人確認' }).click();
  await expect(newPhone.getByRole('heading', { name: '新しいスマートフォンの登録' })).toBeVisible();
  // The page checks for a platform authenticator once, when it hydrates: let it find one before the
  // old phone goes (else it can see none in between and show register.noBiometrics).
  await expect(newPhone.getByRole('button', { name: '登録', exact: true })).toBeEnabled();

  // The old phone goes away; the new phone's own authenticator registers.
  await hybrid.remove();
  const own = await addAuthenticator(newPhone);
  await expectAccessible(newPhone);
  await newPhone.getByRole('button', { name: '登録', exact: true }).click();
  await expect(newPhone.getByRole('heading', { name: 'ラベル登録' })).toBeVisible();

  // Back to the new-phone step once the passkey is stored: the change is not undone; go on.
  await newPhone.goto('/device/register');
  await expect(newPhone.getByText(errors['device.registered'].text.ja)).toBeVisible();
  await expectAccessible(newPhone);
  await newPhone.getByRole('button', { name: '続きから登録する' }).click();
  await expect(newPhone.getByRole('heading', { name: 'ラベル登録' })).toBeVisible();

  // A label that is empty after trimming is refused on the page (the notice kept on the change row).
  await newPhone.getByLabel(labels['label.field'].ja).fill('　 ');
  await newPhone.getByRole('button', { name: 'OK' }).click();
  await expect(newPhone.getByText(errors['register.labelInvalid'].text.ja)).toBeVisible();
  await expect(newPhone).toHaveURL(/\/device\/label$/);
  await newPhone.getByLabel(labels['label.field'].ja).fill('新しいスマホ');
  await newPhone.getByRole('button', { name: 'OK' }).click();
  await expect(newPhone.getByRole('heading', { name: 'スマートフォンの変更が完了しました' })).toBeVisible();
  await expect(newPhone.getByText('新しいスマホ')).toBeVisible();
  await expectAccessible(newPhone);

  // The label page again after the change is done: it says so, and offers ログイン.
  await newPhone.goto('/device/label');
  await expect(newPhone.getByText(errors['device.finished'].text.ja)).toBeVisible();
  await expect(newPhone.getByRole('button', { name: 'ログイン' })).toBeVisible();

  const view = await showHolder(holder.personId);
  const active = view.credentials.filter((c) => !c.revoked);
  expect(active).toHaveLength(1);
  expect(view.credentials).toHaveLength(2);
  const [fresh] = await own.credentials();
  expect(fresh?.credentialId).not.toBe(registered?.credentialId);

  // The old phone can no longer sign in; the new one can.
  await logIn(oldPhone, holder.medicalRegistrationNumber);
  await expect(oldPhone.getByText(errors['auth.failed'].text.ja)).toBeVisible();
  await logIn(newPhone, holder.medicalRegistrationNumber);
  await expect(newPhone.getByRole('heading', { name: '券面情報' })).toBeVisible();
  await context.close();
});

test('device.noChangeNeeded when this phone already holds the registered passkey', async ({
  page,
  authenticator: _,
}) => {
  const { holder } = await registeredHolder(page);
  await page.goto('/device');
  await page.getByRole('button', { name: '登録済みのパスキーで本人確認' }).click();
  await expect(page.getByRole('heading', { name: '新しいスマートフォンの登録' })).toBeVisible();
  await page.getByRole('button', { name: '登録', exact: true }).click();
  await expect(page.getByText(errors['device.noChangeNeeded'].text.ja)).toBeVisible();
  await expectAccessible(page);
  const view = await showHolder(holder.personId);
  expect(view.credentials.filter((c) => !c.revoked)).toHaveLength(1);
});

test('device.oldPhoneUnavailable when the old-phone sign-in is cancelled, with the way to re-issue', async ({
  page,
  authenticator,
}) => {
  const { holder } = await registeredHolder(page);
  await authenticator.setUserVerified(false);
  await page.goto('/device');
  await page.getByRole('button', { name: '登録済みのパスキーで本人確認' }).click();
  await expect(page.getByText(errors['device.oldPhoneUnavailable'].text.ja)).toBeVisible();
  await expect(page.getByRole('link', { name: 'QRコードの再発行' })).toBeVisible();
  await expectAccessible(page);
  const view = await showHolder(holder.personId);
  expect(view.credentials.filter((c) => !c.revoked)).toHaveLength(1);
});
