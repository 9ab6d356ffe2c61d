import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { errors } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import { logIn, registeredHolder } from './fixtures/registered';
import { expect, test } from './fixtures/test';

test('ログイン shows the card face with the right 医籍登録番号 and device label; ログアウト ends it', async ({
  page,
  authenticator: _,
}) => {
  const { holder, label } = await registeredHolder(page);
  await logIn(page, holder.medicalRegistrationNumber);
  await expect(page.getByRole('heading', { name: '券面情報' })).toBeVisible();
  const card = page.locator('main');
  await expect(card.getByText(holder.medicalRegistrationNumber, { exact: true })).toBeVisible();
  await expect(card.getByText(holder.cardId, { exact: true })).toBeVisible();
  await expect(card.getByText('医師', { exact: true })).toBeVisible();
  await expect(card.getByText(label, { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'ログアウト' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/card');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel('医籍登録番号')).toBeVisible();
});

test('a wrong 医籍登録番号 gets the generic auth.failed message and no session', async ({ page, authenticator: _ }) => {
  const { holder } = await registeredHolder(page);
  const wrong = String((Number(holder.medicalRegistrationNumber) % 999_999) + 1);
  await logIn(page, wrong);
  await expect(page.getByText(errors['auth.failed'].text.ja)).toBeVisible();
  await expectAccessible(page);
  await page.goto('/card');
  await expect(page).toHaveURL(/\/login/);
});

test('an unknown passkey and a wrong number get the same status, body and minimum time', async ({
  page,
  authenticator,
}) => {
  const { holder } = await registeredHolder(page);
  const answers: Array<{ status: number; body: string; ms: number }> = [];
  page.on('requestfinished', async (request) => {
    if (!request.url().endsWith('/api/login/verify')) return;
    const response = await request.response();
    const timing = request.timing();
    answers.push({ status: response?.status() ?? 0, body: (await response?.text()) ?? '', ms: timing.responseEnd });
  });
  await logIn(page, '1');
  await expect(page.getByText(errors['auth.failed'].text.ja)).toBeVisible();

  // A passkey for this site that the server has never seen.
  await authenticator.clearCredentials();
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await authenticator.addCredential({
    credentialId: randomBytes(16).toString('base64'),
    isResidentCredential: true,
    rpId: 'localhost',
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    userHandle: Buffer.from('not-a-holder').toString('base64'),
    signCount: 0,
  });
  await logIn(page, holder.medicalRegistrationNumber);
  await expect(page.getByText(errors['auth.failed'].text.ja)).toBeVisible();

  await expect.poll(() => answers.length).toBe(2);
  expect(answers.map((a) => a.status)).toEqual([200, 200]);
  expect(answers[0]?.body).toBe(answers[1]?.body);
  for (const a of answers) expect(a.ms).toBeGreaterThanOrEqual(400);
});
