/**
 * The console's audit log (issue 8 #6) on both engines: every filter, keyset paging that neither
 * skips nor repeats a row (ties on the same millisecond included) forwards and back, sandbox
 * holders' events hidden unless asked for, staff actors named, and the CSV export streamed in
 * batches with its BOM, header and rows — and audited itself.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { audit, type AuditActor, type AuditEvent } from '@/lib/audit';
import { parseAuditQuery, type AuditFilter } from '@/lib/audit/filter';
import { auditBatches, auditPage, resolveAuditFilter, type ResolvedAuditFilter } from '@/lib/audit/query';
import { insertHolder, parseHolderInput } from '@/lib/operator/holders';
import { hashBirthDate } from '@/lib/security/secrets';
import { addStaff } from '@/lib/staff/accounts';
import { auditLogView, exportAuditCsv } from '@/lib/support/audit-log';
import type { HolderInput } from '@/lib/operator/holder-input';
import { describeEachEngine, holderInput } from './databases';

/** 2026-06-01 00:00 in Tokyo (in the past: a holder's own holder.added is newer than every event here). */
const DAY = Date.UTC(2026, 4, 31, 15);
const HOUR = 3_600_000;

let hash: Promise<string> | undefined;
async function add(h: HolderInput, sandbox = false): Promise<string> {
  hash ??= hashBirthDate('1980-04-01');
  const birthDateHash = await hash;
  return withTransaction((tx) => insertHolder(tx, parseHolderInput(h), birthDateHash, 'operator:test', sandbox));
}

async function resolved(filter: Partial<AuditFilter>): Promise<ResolvedAuditFilter> {
  const r = await resolveAuditFilter({ sandbox: false, ...filter });
  if (!r.ok) throw new Error('holder not found');
  return r.filter;
}

const filterOf = (query: string): AuditFilter => {
  const parsed = parseAuditQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(parsed.code);
  return parsed.filter;
};

describeEachEngine('audit log', (t) => {
  const at = (event: AuditEvent, when: number) => audit(t.db, event, when);

  it('filters by holder (row id, 本人ID, カードID, 医籍登録番号), type, outcome, actor and Japan-time range', async () => {
    const h = holderInput();
    const holderId = await add(h);
    const other = await add(holderInput());
    const staff: AuditActor = `staff:${randomUUID()}`;
    await at(
      {
        type: 'ticket.issued',
        outcome: 'ok',
        holderId,
        actor: staff,
        detail: { ttlDays: 30, replacesDevice: false, superseded: 0 },
      },
      DAY + HOUR,
    );
    await at({ type: 'password.check', outcome: 'fail', holderId, detail: { attempts: 1 } }, DAY + 2 * HOUR);
    await at({ type: 'ticket.locked', outcome: 'info', holderId, actor: 'system' }, DAY + 25 * HOUR);
    await at(
      {
        type: 'ticket.issued',
        outcome: 'ok',
        holderId: other,
        actor: 'operator:cli',
        detail: { ttlDays: 30, replacesDevice: false, superseded: 0 },
      },
      DAY + HOUR,
    );

    const types = async (filter: Partial<AuditFilter>) =>
      (await auditPage(await resolved(filter))).rows.map((r) => r.type).filter((type) => type !== 'holder.added');
    for (const ref of [holderId, h.personId, h.cardId.toLowerCase(), h.medicalRegistrationNumber])
      expect(await types({ holder: ref }), ref).toEqual(['ticket.locked', 'password.check', 'ticket.issued']);
    expect(await resolveAuditFilter({ sandbox: false, holder: '1000000001' })).toEqual({
      ok: false,
      reason: 'holderUnknown',
    });
    expect(await types({ holder: holderId, type: 'ticket.issued' })).toEqual(['ticket.issued']);
    expect(await types({ holder: holderId, outcome: 'fail' })).toEqual(['password.check']);
    expect(await types({ holder: holderId, actor: { exact: 'doctor' } })).toEqual(['password.check']);
    expect(await types({ actor: { exact: staff } })).toEqual(['ticket.issued']);
    const staffRows = (await auditPage(await resolved({ actor: { prefix: 'staff:' } }))).rows;
    expect(staffRows.length).toBeGreaterThan(0);
    expect(staffRows.every((r) => r.actor.startsWith('staff:'))).toBe(true);
    // The day of 2026-06-01 in Tokyo: the two events in its first hours, not the one the next day.
    const holder = `holder=${holderId}`;
    expect(await types(filterOf(`${holder}&from=2026-06-01&to=2026-06-01`))).toEqual([
      'password.check',
      'ticket.issued',
    ]);
    expect(await types(filterOf(`${holder}&from=2026-06-01T01:00&to=2026-06-01T01:00`))).toEqual(['ticket.issued']);
    expect(await types(filterOf(`${holder}&from=2026-06-02`))).toEqual(['ticket.locked']);
    expect(await types(filterOf(`${holder}&to=2026-05-31`))).toEqual([]);
  });

  it('pages by keyset, 50 at a time, without skipping or repeating a row, forwards and back', async () => {
    const holderId = await add(holderInput());
    // 120 events, three to a millisecond: the id breaks the ties.
    for (let i = 0; i < 120; i++)
      await at(
        { type: 'password.check', outcome: 'fail', holderId, detail: { attempts: i % 5 } },
        DAY + Math.floor(i / 3),
      );
    const f = await resolved({ holder: holderId, type: 'password.check' });
    const p1 = await auditPage(f);
    const p2 = await auditPage(f, { after: p1.older });
    const p3 = await auditPage(f, { after: p2.older });
    expect([p1.rows.length, p2.rows.length, p3.rows.length]).toEqual([50, 50, 20]);
    expect(p1.newer).toBeUndefined();
    expect(p3.older).toBeUndefined();
    const all = [...p1.rows, ...p2.rows, ...p3.rows];
    expect(new Set(all.map((r) => r.id)).size).toBe(120);
    const keys = all.map((r) => [r.at, r.id] as const);
    const sorted = [...keys].sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1));
    expect(keys).toEqual(sorted);
    // 前へ from page 3 is page 2, and from page 2 is page 1 (which has no 前へ).
    const back2 = await auditPage(f, { before: p3.newer as { at: number; id: string } });
    expect(back2.rows.map((r) => r.id)).toEqual(p2.rows.map((r) => r.id));
    const back1 = await auditPage(f, { before: back2.newer as { at: number; id: string } });
    expect(back1.rows.map((r) => r.id)).toEqual(p1.rows.map((r) => r.id));
    expect(back1.newer).toBeUndefined();
    expect(back1.older).toEqual(p1.older);
    // The CSV's batches see the same rows in the same order.
    const batched: string[] = [];
    for await (const batch of auditBatches(f, 7)) batched.push(...batch.map((r) => r.id));
    expect(batched).toEqual(all.map((r) => r.id));
  });

  it("hides sandbox holders' events unless 「サンドボックスを表示」, and keeps events without a holder", async () => {
    const actor: AuditActor = `operator:sandbox-${randomUUID().slice(0, 8)}`;
    const real = await add(holderInput());
    const sandbox = await add(holderInput(), true);
    await at({ type: 'ticket.locked', outcome: 'info', holderId: real, actor }, DAY);
    await at({ type: 'ticket.locked', outcome: 'info', holderId: sandbox, actor }, DAY + 1);
    await at(
      { type: 'staff.added', outcome: 'ok', actor, detail: { staffId: randomUUID(), role: 'support' } },
      DAY + 2,
    );
    const holders = async (sandboxOn: boolean) =>
      (await auditPage(await resolved({ actor: { exact: actor }, sandbox: sandboxOn }))).rows.map((r) => r.holderId);
    expect(await holders(false)).toEqual([null, real]);
    expect(await holders(true)).toEqual([null, sandbox, real]);
    // Named explicitly, a sandbox holder still shows nothing unless the box is ticked.
    expect((await auditPage(await resolved({ holder: sandbox }))).rows).toEqual([]);
    expect((await auditPage(await resolved({ holder: sandbox, sandbox: true }))).rows.length).toBeGreaterThan(0);
  });

  it("names staff actors and shows holders' 本人ID", async () => {
    const h = holderInput();
    const holderId = await add(h);
    const staff = await withTransaction((tx) => addStaff(tx, { name: '監査 花子', role: 'admin' }, 'operator:cli'));
    await at(
      {
        type: 'credential.revoked',
        outcome: 'ok',
        holderId,
        actor: `staff:${staff.staffId}`,
        detail: { reason: '紛失' },
      },
      DAY,
    );
    const view = await auditLogView({ sandbox: false, holder: h.personId, type: 'credential.revoked' }, {});
    if (view.holderUnknown) throw new Error('holder not found');
    expect(view.entries[0]).toMatchObject({
      type: 'credential.revoked',
      actorName: '監査 花子',
      personId: h.personId,
      detail: { reason: '紛失' },
    });
    expect(await auditLogView({ sandbox: false, holder: '0000000001' }, {})).toEqual({ holderUnknown: true });
  });

  it('exports the filtered log as a CSV stream with BOM, a header and one row per event, and audits the export', async () => {
    const h = holderInput();
    const holderId = await add(h);
    for (let i = 0; i < 3; i++)
      await at(
        {
          type: 'credential.revoked',
          outcome: 'ok',
          holderId,
          actor: 'operator:cli',
          detail: { reason: i === 0 ? '=1+1, "quoted"' : `理由${i}` },
        },
        DAY + i * HOUR,
      );
    const admin: AuditActor = `staff:${randomUUID()}`;
    const { stream, fileName } = await exportAuditCsv(
      filterOf(`holder=${h.cardId}&type=credential.revoked&from=2026-06-01`),
      { actor: admin, ip: '2001:db8::1', lang: 'ja' },
      DAY + 10 * HOUR,
    );
    expect(fileName).toBe('audit-log-20260601-1000.csv');
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      '日時（日本時間）,種類,結果,実行者,実行者名,名義人ID,本人ID,QRコードID,デバイスID,IPアドレス,詳細,イベントID',
    );
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(lines[1]).toMatch(
      new RegExp(
        `^2026-06-01T02:00:00\\.000\\+09:00,credential\\.revoked,ok,operator:cli,,${holderId},${h.personId},,,,`,
      ),
    );
    expect(lines[3]).toContain(`"{""reason"":""=1+1, \\""quoted\\""""}"`);
    const exported = await t.db
      .selectFrom('audit_events')
      .select(['actor', 'ip', 'detail', 'outcome'])
      .where('type', '=', 'audit.exported')
      .where('actor', '=', admin)
      .executeTakeFirstOrThrow();
    expect(exported.ip).toBe('2001:db8::1');
    expect(JSON.parse(exported.detail)).toEqual({
      from: '2026-06-01T00:00:00.000+09:00',
      holderId,
      type: 'credential.revoked',
      sandbox: false,
    });
  });

  it('exports just the header for a holder that does not exist', async () => {
    const { stream } = await exportAuditCsv(filterOf('holder=1000000002'), {
      actor: `staff:${randomUUID()}`,
      ip: null,
      lang: 'en',
    });
    const text = await new Response(stream).text();
    expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
      'Time (Japan),Event,Outcome,Actor,Actor name,Holder ID,Person ID,Ticket ID,Credential ID,IP address,Detail,Event ID',
      '',
    ]);
  });
});
