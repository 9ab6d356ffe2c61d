/**
 * The console's audit log (issue 8 #6), on the centre's desktop size: an admin's action is found
 * by holder and event type with the admin's name, 次へ / 前へ page through the log keeping the
 * filters, 「CSVでダウンロード」 gives UTF-8 with BOM, the header and the rows (and the export is
 * itself in the log); the support role reads the log but may not export it; a bad filter gets its
 * catalogue message and lists nothing.
 */
import { readFile } from 'node:fs/promises';
import { labels, staffMessages } from '../../lib/messages';
import { expectAccessible } from './fixtures/axe';
import { holderWithTicket } from './fixtures/operator';
import { openHolder, uniqueName } from './fixtures/staff';
import { expect, test } from './fixtures/test';
import { E2E_ORIGIN } from './server-env';

const L = (key: keyof typeof labels) => labels[key].ja;

test('an admin finds their action by holder and type, pages through the log, and downloads it as CSV', async ({
  page,
  signInStaff,
}) => {
  test.setTimeout(120_000);
  const { holder } = await holderWithTicket();
  const name = uniqueName('監査');
  const added = await signInStaff('admin', name);

  // The action: 【QRコードを発行】 on the holder's page, with a reason.
  await openHolder(page, holder.personId);
  const issue = page.getByRole('form', { name: 'QRコードを発行' });
  await issue.getByLabel('理由（必須）').fill('=監査テスト, "紛失"');
  await issue.getByRole('button', { name: 'QRコードを発行' }).click();
  await expect(page.locator('.print-cards .card')).toBeVisible();
  const holderId = page.url().split('/').pop()!;

  // The log, from the console's menu, filtered by 本人ID and 種類.
  await page
    .getByRole('navigation', { name: L('support.nav') })
    .getByRole('link', { name: L('support.nav.audit') })
    .click();
  await expect(page.getByRole('heading', { name: L('support.auditLog.title'), level: 1 })).toBeVisible();
  await page.getByLabel(L('support.auditLog.from')).fill('2020-01-01T00:00');
  await page.getByLabel(L('support.auditLog.holder')).fill(holder.personId);
  await page.getByLabel(L('support.auditLog.type')).selectOption('ticket.issued');
  await page.getByRole('button', { name: L('support.auditLog.submit') }).click();
  await expect(page).toHaveURL(/\/support\/audit\?.*type=ticket\.issued/);
  const table = page.getByRole('table', { name: L('support.auditLog.results') });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  // Newest first: the admin's ticket (by name), then the CLI's.
  await expect(rows.nth(1)).toContainText(name);
  await expect(rows.nth(1)).toContainText('reason: =監査テスト, "紛失"');
  await expect(rows.nth(1).getByRole('link', { name: holder.personId })).toHaveAttribute(
    'href',
    `/support/holders/${holderId}`,
  );
  await expect(rows.nth(2)).toContainText(L('support.actor.operatorCli'));
  await expectAccessible(page);

  // CSV of exactly this list.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: L('support.auditLog.csv') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{8}-\d{4}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe(
    '日時（日本時間）,種類,結果,実行者,実行者名,名義人ID,本人ID,QRコードID,デバイスID,IPアドレス,詳細,イベントID',
  );
  expect(lines).toHaveLength(4);
  const [mine, cli] = [lines[1]!, lines[2]!];
  expect(mine).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+09:00,ticket\.issued,ok,staff:/);
  expect(mine).toContain(`,staff:${added.staffId},${name},${holderId},${holder.personId},`);
  // The reason typed into the console: quoted, and its '=' cannot start a formula (the cell is JSON).
  expect(mine).toContain('""reason"":""=監査テスト, \\""紛失\\""""');
  expect(cli).toContain(`,operator:cli,,${holderId},${holder.personId},`);

  // The export is in the log itself, by the admin.
  await page.goto('/support/audit?type=audit.exported&actor=' + encodeURIComponent(`staff:${added.staffId}`));
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(`holderId: ${holderId}`);

  // A filter the CSV route cannot read is a 400 with the catalogue code; nothing is exported.
  const bad = await page.request.get('/api/support/audit/csv?from=yesterday');
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ ok: false, code: 'staff.auditDateInvalid' });
});

test('次へ and 前へ page through the log 50 at a time, keeping the filters', async ({ page, signInStaff }) => {
  test.setTimeout(90_000);
  // 55 failed staff sign-ins, each from its own address: each is audited as an unverified visitor.
  const stamp = Date.now().toString(16);
  for (let i = 0; i < 55; i++) {
    const res = await page.request.post('/api/support/login/verify', {
      headers: { origin: E2E_ORIGIN, 'x-forwarded-for': `2001:db8:a0d1:${stamp.slice(-4)}::${(i + 1).toString(16)}` },
      data: { response: {} },
    });
    expect(await res.json()).toEqual({ ok: false, code: 'staff.signinFailed' });
  }
  await signInStaff('support');
  await page.goto('/support/audit?type=staff.signin&outcome=fail&actor=anonymous');
  const table = page.getByRole('table', { name: L('support.auditLog.results') });
  await expect(table.getByRole('row')).toHaveCount(51);
  await expect(table.getByRole('row').nth(1)).toContainText(L('support.actor.anonymous'));
  const firstOfPage1 = await table.getByRole('row').nth(1).innerText();
  const paging = page.getByRole('navigation', { name: L('support.auditLog.paging') });
  await expect(paging.getByRole('link', { name: L('support.auditLog.prev') })).toHaveCount(0);
  await paging.getByRole('link', { name: L('support.auditLog.next') }).click();
  await expect(page).toHaveURL(/[?&]after=\d+\./);
  const next = new URL(page.url()).searchParams;
  expect([next.get('type'), next.get('outcome'), next.get('actor')]).toEqual(['staff.signin', 'fail', 'anonymous']);
  const page2 = await table.getByRole('row').allInnerTexts();
  expect(page2.length).toBeGreaterThan(1);
  expect(page2).not.toContain(firstOfPage1);
  await expectAccessible(page);
  await paging.getByRole('link', { name: L('support.auditLog.prev') }).click();
  await expect(page).toHaveURL(/before=\d+\./);
  await expect.poll(() => table.getByRole('row').nth(1).innerText()).toBe(firstOfPage1);
});

test('the support role reads the log but may not export it; a bad filter gets its message and lists nothing', async ({
  page,
  signInStaff,
}) => {
  await signInStaff('support');
  await page.getByRole('link', { name: L('support.home.auditLink') }).click();
  await expect(page.getByRole('heading', { name: L('support.auditLog.title'), level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: L('support.auditLog.csv') })).toHaveCount(0);
  const csv = await page.request.get('/api/support/audit/csv');
  expect(csv.status()).toBe(403);
  expect(await csv.json()).toEqual({ ok: false, code: 'staff.forbidden' });

  for (const [query, code] of [
    ['from=2026-12-03&to=2026-12-01', 'staff.auditRangeInvalid'],
    ['type=anything', 'staff.auditFilterInvalid'],
    ['from=yesterday', 'staff.auditDateInvalid'],
    ['holder=山田', 'staff.auditHolderInvalid'],
  ] as const) {
    const res = await page.goto(`/support/audit?${query}`);
    expect(res?.status(), query).toBe(200);
    await expect(page.getByRole('alert').filter({ hasText: staffMessages[code].ja })).toHaveAttribute(
      'data-message-code',
      code,
    );
    await expect(page.getByRole('table', { name: L('support.auditLog.results') })).toHaveCount(0);
  }
  // What was typed stays in the form, to correct it.
  await expect(page.getByLabel(L('support.auditLog.holder'))).toHaveValue('山田');
  await expectAccessible(page);
  await page.goto('/support/audit?holder=1000000009');
  await expect(page.getByText(L('support.auditLog.holderUnknown'))).toBeVisible();
});
