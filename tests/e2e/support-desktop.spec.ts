/**
 * The console at the centre's desktop size (issue 8 #8; the desktop project: 1280×800, ja-JP,
 * Asia/Tokyo): one admin signs in once and visits every console page — home with results, a
 * holder, staff accounts, the re-issue applications, the audit log — in Japanese and then English.
 * On each: axe clean, the page does not scroll sideways, and its tables fit without their own
 * scroll bar.
 */
import type { Page } from '@playwright/test';
import { labels } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import { holderWithTicket } from './fixtures/operator';
import { expect, test } from './fixtures/test';

async function expectDesktopFit(page: Page, what: string) {
  const fit = await page.evaluate(() => ({
    viewport: window.innerWidth,
    page: document.documentElement.scrollWidth,
    main: document.getElementById('main')?.getBoundingClientRect().width ?? 0,
    tables: [...document.querySelectorAll('table')].map((table) => {
      const box = table.parentElement!;
      return { overflow: box.scrollWidth - box.clientWidth, caption: table.caption?.textContent ?? '' };
    }),
  }));
  expect(fit.viewport, what).toBe(1280);
  expect(fit.page, `${what}: no sideways scroll`).toBeLessThanOrEqual(1280);
  // The console uses the width (wider than the doctors' phone column), with a margin for the eye.
  expect(fit.main, `${what}: main column`).toBeGreaterThan(1100);
  for (const table of fit.tables) expect(table.overflow, `${what}: table ${table.caption} fits`).toBeLessThanOrEqual(0);
}

test('every console page at 1280 px, in Japanese and English: axe clean, no sideways scroll, tables fit', async ({
  page,
  signInStaff,
}) => {
  test.setTimeout(120_000);
  const { holder } = await holderWithTicket();
  await signInStaff('admin');

  for (const lang of ['ja', 'en'] as const) {
    const L = (key: keyof typeof labels) => labels[key][lang];
    await page.goto(`/support?q=${holder.personId}`);
    await expect(page.getByRole('link', { name: holder.personId })).toBeVisible();
    await expectDesktopFit(page, `${lang} home`);
    await expectAccessible(page);

    await page.getByRole('link', { name: holder.personId }).click();
    await expect(page.getByRole('table', { name: L('support.holder.tickets') })).toBeVisible();
    await expectDesktopFit(page, `${lang} holder`);
    await expectAccessible(page);

    await page.goto('/support/staff');
    await expect(page.getByRole('heading', { name: L('support.staff.title'), level: 1 })).toBeVisible();
    await expectDesktopFit(page, `${lang} staff`);
    await expectAccessible(page);

    await page.goto('/support/applications');
    await expect(page.getByRole('heading', { name: L('support.applications.title'), level: 1 })).toBeVisible();
    await expectDesktopFit(page, `${lang} applications`);
    await expectAccessible(page);

    await page.goto('/support/audit');
    await expect(page.getByRole('table', { name: L('support.auditLog.results') })).toBeVisible();
    await expectDesktopFit(page, `${lang} audit`);
    await expectAccessible(page);

    if (lang === 'ja') {
      // The language switch in the console's header, back to the same page.
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
    }
  }
});
