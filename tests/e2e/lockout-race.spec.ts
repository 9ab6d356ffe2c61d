import { devices, type Browser, type Page } from '@playwright/test';
import { errors, format } from '../../lib/messages';
import { agreeToTerms, expectCatalogueText } from './fixtures/flow';
import { holderWithTicket, showHolder } from './fixtures/operator';
import { expect, test, watchConsoleErrors } from './fixtures/test';

const RACERS = 20;
const SETUP_BATCH = 4;
const WRONG_DATE = '19000101';
const PASSWORD_FIELD = '初期登録用のパスワード（生年月日8桁）';

/** One phone (the project's Pixel 7 settings) per racer, each from its own address. */
async function phone(browser: Browser, baseURL: string | undefined, address: string) {
  const context = await browser.newContext({
    ...devices['Pixel 7'],
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    baseURL,
    extraHTTPHeaders: { 'x-forwarded-for': address },
  });
  const page = await context.newPage();
  return { context, page, consoleErrors: watchConsoleErrors(page) };
}

async function toPassword(page: Page, url: string) {
  await page.goto(url);
  await agreeToTerms(page);
  await expect(page.getByLabel(PASSWORD_FIELD)).toBeVisible();
  await page.getByLabel(PASSWORD_FIELD).fill(WRONG_DATE);
}

test('20 phones guessing at once: exactly five attempts count, the ticket locks, the right date is refused', async ({
  browser,
  baseURL,
  clientIp,
}) => {
  // 21 phones: usually well under a minute; headroom for a busy two-core CI machine.
  test.setTimeout(240_000);
  // One more phone reaches the password screen before the race but guesses nothing until after it.
  const [{ holder, ticket }, phones] = await Promise.all([
    holderWithTicket(),
    Promise.all(
      Array.from({ length: RACERS + 1 }, (_, i) => phone(browser, baseURL, `${clientIp}:${(i + 1).toString(16)}`)),
    ),
  ]);
  const racers = phones.slice(0, RACERS);
  const late = phones[RACERS]!;
  try {
    // Reaching the password screen is not the race: a few phones at a time, so 21 hydrations at once
    // on two shared cores do not starve each other past the timeouts. Only the OK presses race.
    for (let i = 0; i < phones.length; i += SETUP_BATCH) {
      await Promise.all(phones.slice(i, i + SETUP_BATCH).map(({ page }) => toPassword(page, ticket.url)));
    }

    await Promise.all(racers.map(({ page }) => page.getByRole('button', { name: 'OK' }).click()));

    const outcomes = await Promise.all(
      racers.map(async ({ page }) => {
        const box = page.locator('[data-message-code="password.wrong"], [data-message-code="qr.locked"]');
        await expect(box).toBeVisible({ timeout: 30_000 });
        const code = await box.getAttribute('data-message-code');
        const shown = (await box.textContent()) ?? '';
        // Which "n attempts left" the catalogue text says (0 when locked).
        const left = [1, 2, 3, 4].find((n) => shown.includes(format(errors['password.wrong'].text.ja, { n }))) ?? 0;
        return { code, left };
      }),
    );
    // A phone whose guess counted shows "n left" if its page rendered before the lock, else the lock
    // itself; either way no two phones were told the same n (no attempt was counted twice).
    const counted = outcomes.filter((o) => o.code === 'password.wrong').map((o) => o.left);
    expect(new Set(counted).size).toBe(counted.length);
    for (const left of counted) expect([1, 2, 3, 4]).toContain(left);
    expect(outcomes.filter((o) => o.code === 'qr.locked').length).toBeGreaterThanOrEqual(RACERS - 4);

    const view = await showHolder(holder.personId);
    expect(view.tickets[0]?.attemptsUsed).toBeLessThanOrEqual(5);
    expect(view.tickets[0]).toMatchObject({ state: 'locked', attemptsUsed: 5 });

    // The phone that waited types the right birth date: locked all the same.
    await late.page.getByLabel(PASSWORD_FIELD).fill(holder.password);
    await late.page.getByRole('button', { name: 'OK' }).click();
    await expect(late.page.getByText(errors['qr.locked'].text.ja)).toBeVisible();
    await expectCatalogueText(late.page, 'qr.locked');
    await expect(late.page.getByRole('heading', { name: 'パスワード入力' })).toBeVisible();
  } finally {
    await Promise.all(phones.map(({ context }) => context.close()));
  }
  for (const { consoleErrors } of phones) expect(consoleErrors, 'console errors').toEqual([]);

  // A fresh phone cannot even reach the password screen.
  const fresh = await phone(browser, baseURL, `${clientIp}:ff`);
  try {
    await fresh.page.goto(ticket.url);
    // A refused code stores no flow: its message travels in the URL (lib/flow/notice.ts).
    await expect(fresh.page).toHaveURL(/\/register\/qr\?notice=qr\.locked$/);
    await expectCatalogueText(fresh.page, 'qr.locked');
  } finally {
    await fresh.context.close();
  }
  expect(fresh.consoleErrors, 'console errors').toEqual([]);
});
