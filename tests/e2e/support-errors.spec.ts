/**
 * 再現する (issue 8 #5): one parametrised walk over the whole catalogue. A support-role member
 * presses 【再現する】 for every entry on /support/errors; each opens the doctor's screen in a new
 * tab with the 「サポート再現モード」 banner and that entry's message — for the outcomes only a
 * phone can cause, after pressing the button the doctor would press, as the server simulates it.
 */
import type { Page } from '@playwright/test';
import { errorEntry, format, labels, type ErrorCode } from '../../lib/messages';
import { errorCodes } from '../../lib/messages/errors';
import { recipeOf } from '../../lib/sandbox/recipes';
import { path } from '../../lib/routes';
import { signedInStaff } from './fixtures/staff';
import { E2E_ORIGIN } from './server-env';
import { expect, test } from './fixtures/test';

/** Simulated outcomes the page shows without a tap: the device check, and re-issue for now. */
const AT_ONCE: ErrorCode[] = [
  'register.noBiometrics',
  'register.ipadNotSupported',
  'register.unsupportedBrowser',
  'reissue.cardCertificateInvalid',
  'reissue.photoRejected',
];

/** The button the doctor presses before a simulated outcome shows (none: it shows at once). */
function tapFor(code: ErrorCode): string | null {
  const recipe = recipeOf(code);
  if (recipe.how !== 'simulated') return null;
  if (AT_ONCE.includes(code)) return null;
  if (code === 'qr.unreadable') return labels['qr.scan'].ja;
  if (code === 'auth.failed') return labels['signin.submit'].ja;
  if (code === 'auth.invalidResult') return labels['register.signIn'].ja;
  if (recipe.journey === 'deviceChange' && recipe.step === 'signin') return labels['device.verifyOld'].ja;
  if (code === 'device.back') return labels['device.verifyOld'].ja;
  return labels['register.submit'].ja;
}

async function reproduce(page: Page, code: ErrorCode): Promise<Page> {
  // The keyboard, not a tap: on the phone-sized list, Chromium's hit test misplaces the last
  // entry's button after a few popups have come and gone.
  const button = page.getByRole('button', { name: `再現する ${code}`, exact: true });
  await button.focus();
  const [doctor] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
  await doctor.waitForLoadState();
  return doctor;
}

test('【再現する】 for every catalogue entry opens the doctor’s screen with that message and the banner', async ({
  page,
  authenticator: _authenticator,
}) => {
  test.setTimeout(300_000);
  await signedInStaff(page, 'support');
  await page.goto('/support/errors');
  await expect(page.getByRole('heading', { name: labels['support.errors.title'].ja })).toBeVisible();
  const failures: string[] = [];
  // SANDBOX_CODES=a,b narrows the walk while debugging a recipe.
  const only = process.env.SANDBOX_CODES ? process.env.SANDBOX_CODES.split(',') : null;
  for (const code of errorCodes.filter((c) => !only || only.includes(c))) {
    const started = Date.now();
    const doctor = await reproduce(page, code);
    try {
      await expect(doctor.locator('[data-sandbox-banner]')).toContainText('サポート再現モード');
      const tap = tapFor(code);
      if (tap) {
        if (code === 'auth.failed') await doctor.getByLabel(labels['signin.mrn'].ja).fill('123456');
        await doctor.getByRole('button', { name: tap, exact: true }).click();
      }
      const box = doctor.locator(`[data-message-code="${code}"]`).first();
      await expect(box).toBeVisible();
      const entry = errorEntry(code);
      const params = recipeOf(code).notice?.params ?? entry.exampleParams;
      await expect(box).toContainText(format(entry.text.ja, params));
    } catch (err) {
      failures.push(`${code}: ${(err as Error).message.split('\n')[0]}`);
    } finally {
      await doctor.close();
    }
    if (process.env.SANDBOX_CODES) console.log(code, Date.now() - started);
  }
  expect(failures).toEqual([]);
});

test('a sandbox stays out of the lookup and a doctor’s browser has no banner', async ({
  page,
  browser,
  authenticator: _authenticator,
}) => {
  await signedInStaff(page, 'support');
  await page.goto('/support/errors');
  const doctor = await reproduce(page, 'flow.back');
  await expect(doctor.locator('[data-sandbox-banner]')).toBeVisible();
  await doctor.close();

  await page.goto('/support?q=サイゲン');
  await expect(page.getByRole('cell', { name: 'サイゲン タロウ' })).toHaveCount(0);
  await page.goto('/support?q=サイゲン&sandbox=1');
  await expect(page.getByRole('cell', { name: 'サイゲン タロウ' }).first()).toBeVisible();

  // Another browser (a real doctor) sees no banner on the same pages.
  const context = await browser.newContext({ ...test.info().project.use });
  const real = await context.newPage();
  await real.goto('/');
  await expect(real.getByRole('heading').first()).toBeVisible();
  await expect(real.locator('[data-sandbox-banner]')).toHaveCount(0);
  await context.close();
});

test('an unknown code is refused with the console’s message, and no sandbox opens', async ({
  page,
  authenticator: _authenticator,
}) => {
  await signedInStaff(page, 'support');
  const response = await page.request.post(path('supportReproduce'), {
    headers: { origin: E2E_ORIGIN },
    form: { code: 'no.such' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toMatch(/\/support\/errors\?notice=staff\.unknownErrorCode$/);
  expect(response.headers()['set-cookie'] ?? '').not.toMatch(/flow|device/i);
  await page.goto(response.headers()['location']!);
  await expect(page.getByText(labels['staff.unknownErrorCode'].ja)).toBeVisible();
});
