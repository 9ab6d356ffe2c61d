import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { header, makeLeaf } from '../../lib/reissue/test-pki';
import { expectAccessible } from './fixtures/axe';
import { enterCode, enterPassword, confirmUsername, expectCatalogueText, openQrEntry } from './fixtures/flow';
import { showHolder } from './fixtures/operator';
import { expectNewPhoneReplacesOld, phone } from './fixtures/phones';
import { registeredHolder } from './fixtures/registered';
import { e2eCa } from './fixtures/test-ca';
import { expect, test } from './fixtures/test';
import { E2E_CLIENT_CERT_HEADER } from './server-env';

/**
 * Issue 9 #2 on the centre's / doctor's PC (desktop project): the proxy's client-certificate header
 * is set here as nginx would set it (reissue-card-nginx.spec.ts tests nginx itself), for
 * /reissue/card requests only. The e2e server trusts the run's CA (fixtures/test-ca.ts).
 */
const serial = () => `5${randomBytes(7).toString('hex').toUpperCase()}`;

/** What nginx would forward under /reissue/card for this certificate; other requests go as they are. */
async function presentCard(page: Page, value: string) {
  await page.route(
    (url) => url.pathname === '/reissue/card' || url.pathname.startsWith('/reissue/card/'),
    (route) =>
      route.continue({ headers: { ...route.request().headers(), [E2E_CLIENT_CERT_HEADER.toLowerCase()]: value } }),
  );
}

test('with the IC card: whose card, 【QRコードを発行する】, and the new phone replaces the old one', async ({
  browser,
  page: pc,
  clientIp,
}) => {
  // Two phones, a registration on each and a login: headroom for a busy CI machine.
  test.setTimeout(150_000);
  const icSerial = serial();
  const oldPhone = await phone(browser, `${clientIp}1`);
  const { holder } = await registeredHolder(oldPhone.page, 'OK', { icCertSerial: icSerial });
  const [oldCredential] = await oldPhone.authenticator.credentials();
  expect(oldCredential).toBeDefined();

  await presentCard(pc, header(await makeLeaf(await e2eCa(), { serial: icSerial })));
  // From the re-issue page's IC-card way.
  await pc.goto('/reissue');
  await pc.getByRole('link', { name: '医師資格証で再発行する' }).click();
  await expect(pc).toHaveURL(/\/reissue\/card$/);
  await expect(pc.getByRole('heading', { name: '医師資格証で QRコードを再発行' })).toBeVisible();
  await expect(pc.getByTestId('reissue-card-name')).toHaveText('試験 太郎');
  await expect(pc.getByTestId('reissue-card-id')).toHaveText(holder.cardId);
  await expectAccessible(pc);

  await pc.getByRole('button', { name: 'QRコードを発行する' }).click();
  await expect(pc.getByRole('status').filter({ hasText: '新しい QRコードを発行しました' })).toBeVisible();
  await expect(pc.getByRole('img', { name: /QR/ })).toBeVisible();
  const code = (await pc.locator('.card dd.code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
  await expect(pc.locator('.card').getByText('有効期限')).toBeVisible();
  await expectAccessible(pc);

  const tickets = (await showHolder(holder.personId)).tickets;
  expect(tickets.filter((t) => t.state === 'active')).toEqual([expect.objectContaining({ replacesDevice: true })]);

  // The new phone registers with the new code; that revokes the old phone's passkey.
  const newPhone = await phone(browser, `${clientIp}2`);
  await openQrEntry(newPhone.page);
  await enterCode(newPhone.page, code);
  await enterPassword(newPhone.page, holder.password);
  await confirmUsername(newPhone.page);
  await expect(newPhone.page.getByRole('heading', { name: 'セキュリティキーの登録' })).toBeVisible();
  await expectNewPhoneReplacesOld(oldPhone.page, newPhone.page, holder);
  await oldPhone.context.close();
  await newPhone.context.close();
});

test('without the certificate, or with an unknown card, the page says what to check and offers no QR code', async ({
  page,
}) => {
  await page.goto('/reissue/card');
  await expectCatalogueText(page, 'reissue.cardCertificateInvalid');
  await expect(page.getByRole('button', { name: 'QRコードを発行する' })).toHaveCount(0);
  await expectAccessible(page);

  await presentCard(page, header(await makeLeaf(await e2eCa(), { serial: serial() })));
  await page.reload();
  await expectCatalogueText(page, 'reissue.cardCertificateInvalid');
  await expect(page.getByRole('button', { name: 'QRコードを発行する' })).toHaveCount(0);
});
