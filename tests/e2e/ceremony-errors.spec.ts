import { devices, type Browser, type BrowserContext } from '@playwright/test';
import { errors, text } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import {
  agreeToTerms,
  confirmUsername,
  enterPassword,
  expectCatalogueText,
  openTicketToRegistration,
  restartFromStepOne,
} from './fixtures/flow';
import { holderWithTicket, showHolder } from './fixtures/operator';
import { expect, test, watchConsoleErrors } from './fixtures/test';
import { registeredHolder } from './fixtures/registered';

const REGISTER = { name: '登録', exact: true } as const;

/** A context that is not a Pixel 7 (iPad and friends), speaking from its own address. */
async function otherDevice(
  browser: Browser,
  baseURL: string | undefined,
  clientIp: string,
  options: Parameters<Browser['newContext']>[0],
) {
  const context = await browser.newContext({
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': clientIp },
    ...options,
  });
  const page = await context.newPage();
  return { context, page, consoleErrors: watchConsoleErrors(page) };
}

async function closeClean(context: BrowserContext, consoleErrors: string[]) {
  await context.close();
  expect(consoleErrors, 'console errors').toEqual([]);
}

test('register.cancelled: the authenticator fails user verification → message and 【最初からやり直す】 to 利用規約', async ({
  page,
  addAuthenticator,
}) => {
  const authenticator = await addAuthenticator(page, { isUserVerified: false });
  const { holder, ticket } = await holderWithTicket();
  await openTicketToRegistration(page, ticket.url, holder.password);
  await page.getByRole('button', REGISTER).click();
  await expect(page.getByText(errors['register.cancelled'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'register.cancelled');
  await expect(page.getByRole('button', REGISTER)).toHaveCount(0);
  await expectAccessible(page);
  await restartFromStepOne(page);
  expect(await authenticator.credentials()).toHaveLength(0);
  expect((await showHolder(holder.personId)).credentials).toHaveLength(0);
});

test('「中止する」 aborts a ceremony that is waiting for the doctor → register.cancelled', async ({
  page,
  addAuthenticator,
}) => {
  await addAuthenticator(page, { automaticPresenceSimulation: false });
  const { holder, ticket } = await holderWithTicket();
  await openTicketToRegistration(page, ticket.url, holder.password);
  await page.getByRole('button', REGISTER).click();
  await expect(page.getByText('生体認証の画面で操作してください…')).toBeVisible();
  await page.getByRole('button', { name: '中止する' }).click();
  await expectCatalogueText(page, 'register.cancelled');
  await expectAccessible(page);
  await restartFromStepOne(page);
});

// isBogusSignature does not forge anything here: with attestation 'none' the browser replaces the
// attestation statement (and so its signature) before the page sees it. A cleared UV flag is a
// forgery the server must catch (user verification is required).
test('register.invalidResult: a forged result (UV flag cleared) is refused with the three causes; nothing is stored', async ({
  page,
  authenticator,
}) => {
  await authenticator.setResponseOverrideBits({ isBadUV: true });
  const { holder, ticket } = await holderWithTicket();
  await openTicketToRegistration(page, ticket.url, holder.password);
  await page.getByRole('button', REGISTER).click();
  await expect(page.getByText(errors['register.invalidResult'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'register.invalidResult');
  const box = page.locator('[data-message-code="register.invalidResult"]');
  const causes = errors['register.invalidResult'].causes;
  expect(causes).toHaveLength(3);
  for (const c of causes) await expect(box.getByText(text('ja', c.cause), { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: '最初からやり直す' })).toBeVisible();
  await expectAccessible(page);

  const view = await showHolder(holder.personId);
  expect(view.credentials).toHaveLength(0);
  expect(view.tickets[0]?.state).toBe('active');
});

test('register.deviceHasOtherCertificate: after holder A, holder B in the same browser is refused before the ceremony', async ({
  page,
  authenticator,
}) => {
  await registeredHolder(page);
  const b = await holderWithTicket();

  await page.goto(b.ticket.url);
  await agreeToTerms(page);
  await enterPassword(page, b.holder.password);
  await confirmUsername(page);
  await expect(page.getByText(errors['register.deviceHasOtherCertificate'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'register.deviceHasOtherCertificate');
  await expect(page.getByRole('button', REGISTER)).toHaveCount(0);
  await expectAccessible(page);
  expect(await authenticator.credentials()).toHaveLength(1);
  expect((await showHolder(b.holder.personId)).credentials).toHaveLength(0);
});

test('register.deviceHasOtherCertificate: cookies cleared, localStorage and the authenticator still know holder A', async ({
  page,
  authenticator,
}) => {
  await registeredHolder(page, 'キャンセル');
  const b = await holderWithTicket();
  expect(await page.evaluate(() => window.localStorage.getItem('hpki_device'))).toBeTruthy();

  await page.context().clearCookies();
  await openTicketToRegistration(page, b.ticket.url, b.holder.password);
  await expectCatalogueText(page, 'register.deviceHasOtherCertificate');
  await expect(page.getByRole('button', REGISTER)).toHaveCount(0);
  expect(await authenticator.credentials()).toHaveLength(1);
  expect((await showHolder(b.holder.personId)).credentials).toHaveLength(0);
});

test('register.deviceHasOtherCertificate: the authenticator itself answers (InvalidStateError) for an excluded credential', async ({
  page,
  authenticator,
}) => {
  await registeredHolder(page, 'キャンセル');
  const b = await holderWithTicket();
  const [held] = await authenticator.credentials();
  const heldId = Buffer.from(held!.credentialId, 'base64').toString('base64url');

  // Storage wiped entirely, so no marker reaches the server: the refusal must come from the
  // authenticator, as when the server's exclusion list names a credential this device holds.
  await page.context().clearCookies();
  await page.evaluate(() => window.localStorage.clear());
  await page.route('**/api/register/options', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as {
      ok: boolean;
      options?: { excludeCredentials?: Array<{ id: string; type: string }> };
    };
    json.options?.excludeCredentials?.push({ id: heldId, type: 'public-key' });
    await route.fulfill({ response, json });
  });
  await openTicketToRegistration(page, b.ticket.url, b.holder.password);
  await page.getByRole('button', REGISTER).click();
  await expectCatalogueText(page, 'register.deviceHasOtherCertificate');
  expect(await authenticator.credentials()).toHaveLength(1);
  expect((await showHolder(b.holder.personId)).credentials).toHaveLength(0);
});

test('register.noBiometrics: without a platform authenticator the guidance replaces 【登録】', async ({ page }) => {
  const { holder, ticket } = await holderWithTicket();
  await openTicketToRegistration(page, ticket.url, holder.password);
  await expect(page.getByText(errors['register.noBiometrics'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'register.noBiometrics');
  await expect(page.getByRole('button', REGISTER)).toHaveCount(0);
  await expectAccessible(page);
});

test('register.ipadNotSupported: an iPad user agent is refused', async ({ browser, baseURL, clientIp }) => {
  const { context, page, consoleErrors } = await otherDevice(browser, baseURL, clientIp, {
    ...devices['iPad (gen 7)'],
  });
  await page.goto('/');
  await expect(page.getByText(errors['register.ipadNotSupported'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'register.ipadNotSupported');
  await expect(page.getByRole('button', { name: '同意する' })).toHaveCount(0);
  await expectAccessible(page);
  await closeClean(context, consoleErrors);
});

test('register.ipadNotSupported: iPadOS reporting a Mac (Macintosh UA with touch points) is refused', async ({
  browser,
  baseURL,
  clientIp,
}) => {
  const macSafari =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
  const { context, page, consoleErrors } = await otherDevice(browser, baseURL, clientIp, {
    userAgent: macSafari,
    viewport: { width: 820, height: 1180 },
  });
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { configurable: true, get: () => 5 });
  });
  const { ticket } = await holderWithTicket();
  await page.goto(ticket.url);
  await expectCatalogueText(page, 'register.ipadNotSupported');
  await expect(page.getByLabel('初期登録用のパスワード（生年月日8桁）')).toHaveCount(0);
  await expectAccessible(page);
  await closeClean(context, consoleErrors);

  // The same user agent without touch is a desktop Mac: not refused.
  const desktop = await otherDevice(browser, baseURL, clientIp, { userAgent: macSafari });
  await desktop.page.goto('/');
  await desktop.page.getByRole('checkbox', { name: '利用規約の内容を確認して理解しました' }).check();
  await expect(desktop.page.getByRole('button', { name: '同意する' })).toBeEnabled();
  await expect(desktop.page.locator('[data-message-code="register.ipadNotSupported"]')).toHaveCount(0);
  await closeClean(desktop.context, desktop.consoleErrors);
});

test('register.unsupportedBrowser: a browser without PublicKeyCredential is refused, also at the registration step', async ({
  page,
}) => {
  const { holder, ticket } = await holderWithTicket();
  await page.goto(ticket.url);
  await agreeToTerms(page);
  await enterPassword(page, holder.password);
  await expect(page.getByRole('heading', { name: 'ログイン' })).toBeVisible();

  await page.addInitScript(() => {
    delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
  });
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByText(errors['register.unsupportedBrowser'].text.ja)).toBeVisible();
  await expectCatalogueText(page, 'register.unsupportedBrowser');
  await expect(page.getByRole('button', REGISTER)).toHaveCount(0);
  await expectAccessible(page);

  // Step 1 for a new visitor is refused too.
  await page.context().clearCookies();
  await page.goto('/');
  await expectCatalogueText(page, 'register.unsupportedBrowser');
  await expect(page.getByRole('button', { name: '同意する' })).toHaveCount(0);
});
