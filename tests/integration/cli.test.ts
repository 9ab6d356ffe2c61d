/**
 * The operator CLI (scripts/admin.ts), run for real in its own process against a temporary
 * DATA_DIR (SQLite): JSON on stdout, errors on stderr with a non-zero exit and nothing changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/client';
import type { HolderInput } from '@/lib/operator/holder-input';
import { holderInput } from './databases';
import { holderAddArgs, runScript, type Run } from './run-script';

const ORIGIN = 'https://cli.test.example';

// Each run starts Node + tsx (~0.5 s of CPU); generous timeouts keep a loaded CI machine green.
describe('operator CLI [sqlite]', { timeout: 120_000 }, () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-cli-'));
  });
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Runs the CLI as an operator would; independent runs go in parallel (each ~0.5 s of startup). */
  function admin(...args: string[]): Promise<Run> {
    return runScript('scripts/admin.ts', args, { DATA_DIR: dataDir, PUBLIC_ORIGIN: ORIGIN });
  }

  async function ok(...args: string[]): Promise<unknown> {
    const r = await admin(...args);
    if (r.status !== 0) throw new Error(`admin ${args[0]} exited ${r.status}: ${r.stderr}`);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout);
  }

  async function fails(args: string[], message: RegExp, status = 1): Promise<Run> {
    const r = await admin(...args);
    expect(r.status, `admin ${args.join(' ')}: ${r.stdout}`).toBe(status);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    return r;
  }

  /** Every row of the tables the commands write to, read from the CLI's database file. */
  async function snapshot(): Promise<string> {
    const { db, ready } = openDatabase({ dataDir });
    try {
      await ready;
      const tables = ['holders', 'tickets', 'credentials', 'audit_events'] as const;
      return JSON.stringify(
        await Promise.all(tables.map((table) => db.selectFrom(table).selectAll().orderBy('id').execute())),
      );
    } finally {
      await db.destroy();
    }
  }

  function csvFile(name: string, text: string): string {
    const file = path.join(dataDir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  const csvRow = (h: HolderInput) =>
    [h.personId, h.cardId, h.medicalRegistrationNumber, h.name, h.kana, h.birthDate].join(',');
  const CSV_HEADER = 'personId,cardId,medicalRegistrationNumber,name,kana,birthDate';

  const holder = holderInput({ birthDate: '1980-04-01', name: '医師 一郎', kana: 'イシ イチロウ' });
  let firstCode = '';

  it('holder:add prints the new holder as JSON', async () => {
    const out = (await ok(...holderAddArgs(holder))) as Record<string, unknown>;
    expect(out).toMatchObject({ personId: holder.personId, cardId: holder.cardId });
    expect(typeof out.id).toBe('string');
    expect(JSON.stringify(out)).not.toContain('1980');
  });

  it('ticket:issue prints {code, url, personId, cardId, expiresAt} with url = PUBLIC_ORIGIN/r/code', async () => {
    const out = (await ok('ticket:issue', '--person-id', holder.personId)) as Record<string, string>;
    expect(Object.keys(out).sort()).toEqual(['cardId', 'code', 'expiresAt', 'personId', 'url']);
    expect(out.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(out.url).toBe(`${ORIGIN}/r/${out.code}`);
    expect(out.personId).toBe(holder.personId);
    expect(out.cardId).toBe(holder.cardId);
    expect(new Date(out.expiresAt as string).toISOString()).toBe(out.expiresAt);
    expect(Date.parse(out.expiresAt as string)).toBeGreaterThan(Date.now() + 80 * 24 * 60 * 60 * 1000);
    firstCode = out.code as string;
  });

  it('a second ticket:issue leaves the first superseded in holder:show, which shows no birth date or code', async () => {
    const second = (await ok('ticket:issue', '--person-id', holder.personId, '--ttl-days', '7')) as Record<
      string,
      string
    >;
    expect(second.code).not.toBe(firstCode);

    const r = await admin('holder:show', '--person-id', holder.personId);
    expect(r.status).toBe(0);
    const shown = JSON.parse(r.stdout) as {
      holder: Record<string, unknown>;
      tickets: Array<{ state: string; attemptsLeft: number }>;
    };
    expect(shown.holder).toMatchObject({ personId: holder.personId, cardId: holder.cardId, name: '医師 一郎' });
    expect(shown.tickets.map((t) => t.state).sort()).toEqual(['active', 'superseded']);
    expect(shown.tickets.every((t) => t.attemptsLeft === 5)).toBe(true);

    for (const secret of [firstCode, second.code as string, '1980-04-01', '19800401', 'scrypt']) {
      expect(r.stdout).not.toContain(secret);
    }
    expect(r.stdout).not.toMatch(/birth|hash|"code"/i);
  });

  // Every command below fails: they run in parallel, and every row of the database is compared
  // before and after (holder:show is compared once, after the whole block).
  let shownBefore = '';
  describe.concurrent('bad input: non-zero exit, message on stderr, nothing changed', () => {
    let before = '';
    beforeAll(async () => {
      before = await snapshot();
      shownBefore = (await admin('holder:show', '--person-id', holder.personId)).stdout;
      expect(shownBefore).toContain(holder.personId);
    });
    const unchanged = async () => expect(await snapshot()).toBe(before);

    it('a missing flag', async () => {
      const other = holderInput();
      const args = holderAddArgs(other);
      const at = args.indexOf('--kana');
      await Promise.all([
        fails([...args.slice(0, at), ...args.slice(at + 2)], /missing --kana/),
        fails(['ticket:issue'], /missing --person-id/),
      ]);
      await unchanged();
    });

    it('an impossible birth date (1980-02-30)', async () => {
      const other = holderInput({ birthDate: '1980-02-30' });
      const r = await fails(holderAddArgs(other), /birthDate: birth date is not a real date/);
      expect(r.stderr).not.toMatch(/\.ts:\d+/); // a message, not a stack trace
      await unchanged();
    });

    it('a duplicate 本人ID', async () => {
      const dup = holderInput({ personId: holder.personId });
      await fails(holderAddArgs(dup), new RegExp(`本人ID \\(${holder.personId}\\).*already exists`));
      await unchanged();
    });

    it('an invalid カードID, an unknown flag and a bad --ttl-days', async () => {
      await Promise.all([
        fails(holderAddArgs(holderInput({ cardId: 'abc' })), /カードID/),
        fails(['holder:show', '--person-id', holder.personId, '--bogus', 'x'], /bogus/),
        fails(['ticket:issue', '--person-id', holder.personId, '--ttl-days', 'ten'], /--ttl-days/),
      ]);
      await unchanged();
    });

    it('a 医籍登録番号 of 7 digits or all zeros says what is wrong', async () => {
      await Promise.all(
        ['1234567', '000000', '12a'].map((mrn) =>
          fails(
            holderAddArgs(holderInput({ medicalRegistrationNumber: mrn })),
            /medicalRegistrationNumber: 医籍登録番号 must be a number of 1–6 digits \(leading zeros are ignored\)/,
          ),
        ),
      );
      await unchanged();
    });

    it('an unknown command or none', async () => {
      await Promise.all([
        fails(['holder:delete', '--person-id', holder.personId], /unknown command: holder:delete[\s\S]*usage:/, 2),
        fails([], /usage:/, 2),
      ]);
      await unchanged();
    });

    it('holders:import with a malformed 3rd line names line 3 and imports nothing', async () => {
      const [a, b, c] = [holderInput(), holderInput(), holderInput()] as [HolderInput, HolderInput, HolderInput];
      const csv = (name: string, third: string) =>
        csvFile(name, [CSV_HEADER, csvRow(a), third, csvRow(c), ''].join('\n'));
      const results = await Promise.all([
        // Too few fields.
        fails(['holders:import', '--csv', csv('short.csv', `${b.personId},${b.cardId},1`)], /^error: line 3: /),
        // An unclosed quote (noticed only at the end of the file).
        fails(
          ['holders:import', '--csv', csv('quote.csv', `${b.personId},"${b.cardId},1,a,ア,1980-01-01`)],
          /^error: line 3: /,
        ),
        // A field that is not valid (impossible birth date).
        fails(
          ['holders:import', '--csv', csv('invalid.csv', csvRow({ ...b, birthDate: '1980-02-30' }))],
          /^error: line 3: birthDate/,
        ),
        // A duplicate of an existing holder: the row before it is rolled back.
        fails(
          ['holders:import', '--csv', csv('dup.csv', csvRow({ ...b, personId: holder.personId }))],
          /^error: line 3: .*already exists/,
        ),
        // Missing columns.
        fails(
          ['holders:import', '--csv', csvFile('cols.csv', 'personId,cardId\n1234567890,ABCDEFGHIJKL\n')],
          /^error: line 1: missing columns/,
        ),
      ]);
      for (const r of results.slice(0, 4)) expect(r.stderr).not.toMatch(/line [24]\b/);
      await unchanged();
    });

    it('holder:ic-cert without a serial, with one that is not hex, or for nobody', async () => {
      await Promise.all([
        fails(['holder:ic-cert', '--holder', holder.personId], /missing --ic-cert-serial/),
        fails(['holder:ic-cert', '--ic-cert-serial', 'AB12'], /missing --holder/),
        fails(['holder:ic-cert', '--holder', holder.personId, '--ic-cert-serial', 'XYZ'], /must be hexadecimal/),
        fails(['holder:ic-cert', '--holder', '9999999999', '--ic-cert-serial', 'AB12'], /no holder with/),
      ]);
      await unchanged();
    });
  });

  it('holder:show is unchanged after all the bad input', async () => {
    expect((await admin('holder:show', '--person-id', holder.personId)).stdout).toBe(shownBefore);
  });

  it('holder:add --ic-cert-serial maps the card; holder:ic-cert maps the renewed one instead', async () => {
    const other = holderInput();
    await ok(...holderAddArgs(other), '--ic-cert-serial', '00:ab:cd:01', '--ic-cert-issuer', 'CN=Test HPKI CA');
    expect(
      await ok('holder:ic-cert', '--holder', other.medicalRegistrationNumber, '--ic-cert-serial', 'abcd02'),
    ).toEqual({ personId: other.personId, icCertificateSerial: 'ABCD02', icCertificateIssuer: null });
    const { db, ready } = openDatabase({ dataDir });
    try {
      await ready;
      const row = await db
        .selectFrom('holders')
        .select(['ic_cert_serial', 'ic_cert_issuer'])
        .where('person_id', '=', other.personId)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ ic_cert_serial: 'ABCD02', ic_cert_issuer: null });
    } finally {
      await db.destroy();
    }
  });

  it('ticket:expire ends the open ticket', async () => {
    expect(await ok('ticket:expire', '--person-id', holder.personId)).toEqual({
      personId: holder.personId,
      expired: 1,
    });
    expect(await ok('ticket:expire', '--person-id', holder.personId)).toEqual({
      personId: holder.personId,
      expired: 0,
    });
  });

  it('holders:import with a good CSV imports every row', async () => {
    const rows = [
      holderInput(),
      holderInput({ birthDate: '1990/1/2' }),
      holderInput({ name: '"山田, 花子"', kana: 'ヤマダ ハナコ' }),
    ];
    // BOM, a quoted field with a comma, CRLF line ends, an optional column.
    const text =
      '\uFEFF' +
      [`${CSV_HEADER},certificateNotAfter`, ...rows.map((h, i) => `${csvRow(h)},${i === 0 ? '2030-03-31' : ''}`)].join(
        '\r\n',
      ) +
      '\r\n';
    expect(await ok('holders:import', '--csv', csvFile('good.csv', text))).toEqual({ imported: 3 });

    const { db, ready } = openDatabase({ dataDir });
    try {
      await ready;
      const imported = await db
        .selectFrom('holders')
        .select(['person_id', 'name', 'certificate_not_after'])
        .where(
          'person_id',
          'in',
          rows.map((h) => h.personId),
        )
        .execute();
      expect(imported.map((h) => h.person_id).sort()).toEqual(rows.map((h) => h.personId).sort());
      const first = imported.find((h) => h.person_id === rows[0]?.personId);
      expect(first && new Date(first.certificate_not_after).toISOString()).toBe('2030-03-31T14:59:59.000Z');
    } finally {
      await db.destroy();
    }
    const shown = (await ok('holder:show', '--person-id', rows[2]?.personId ?? '')) as { holder: { name: string } };
    expect(shown.holder.name).toBe('山田, 花子');
  });

  it('holder:add and holders:import take a 医籍登録番号 with leading zeros, stored as the ログイン form reads it', async () => {
    const added = holderInput({ medicalRegistrationNumber: '012345' });
    const [a, b] = [
      holderInput({ medicalRegistrationNumber: '001234' }),
      holderInput({ medicalRegistrationNumber: '０９８７６' }),
    ] as [HolderInput, HolderInput];
    await Promise.all([
      ok(...holderAddArgs(added)),
      ok('holders:import', '--csv', csvFile('zeros.csv', [CSV_HEADER, csvRow(a), csvRow(b), ''].join('\n'))),
    ]);
    const shown = await Promise.all(
      [added, a, b].map(
        async (h) =>
          ((await ok('holder:show', '--person-id', h.personId)) as { holder: { medicalRegistrationNumber: string } })
            .holder.medicalRegistrationNumber,
      ),
    );
    expect(shown).toEqual(['12345', '1234', '9876']);
  });

  describe("tickets:issue (the issuing system's print run)", () => {
    const batch = [holderInput(), holderInput(), holderInput()];
    const idsFile = (name: string, lines: string[]) => csvFile(name, lines.join('\n'));

    beforeAll(async () => {
      await ok('holders:import', '--csv', csvFile('batch.csv', [CSV_HEADER, ...batch.map(csvRow), ''].join('\n')));
    });

    it('a bad or unknown 本人ID names its line and issues nothing', async () => {
      const [a, b] = batch as [HolderInput, HolderInput];
      const before = await snapshot();
      await fails(
        ['tickets:issue', '--person-ids-file', idsFile('bad.txt', [a.personId, '', 'no id!'])],
        /^error: line 3: /,
      );
      await fails(
        ['tickets:issue', '--person-ids-file', idsFile('dup.txt', [a.personId, b.personId, ` ${a.personId} `])],
        /^error: line 3: .* also on line 1/,
      );
      await fails(
        ['tickets:issue', '--person-ids-file', idsFile('unknown.txt', [a.personId, '9999999999'])],
        /^error: entry 2: no holder with 本人ID 9999999999/,
      );
      await fails(['tickets:issue', '--person-ids-file', idsFile('empty.txt', ['', ' '])], /no 本人ID/);
      await fails(['tickets:issue', '--person-ids-file', path.join(dataDir, 'missing.txt')], /cannot read/);
      await fails(
        ['tickets:issue', '--person-ids-file', idsFile('ttl.txt', [a.personId]), '--ttl-days', '0'],
        /ttl-days/,
      );
      expect(await snapshot()).toBe(before);
    });

    it('issues one ticket per line, prints them, and writes the printable cards', async () => {
      const cards = path.join(dataDir, 'cards.html');
      const out = (await ok(
        'tickets:issue',
        '--person-ids-file',
        idsFile('ids.txt', ['\uFEFF' + batch[0]!.personId, ...batch.slice(1).map((h) => h.personId), '']),
        '--ttl-days',
        '30',
        '--cards-html',
        cards,
      )) as Array<{ personId: string; code: string; url: string; expiresAt: string }>;
      expect(out.map((t) => t.personId)).toEqual(batch.map((h) => h.personId));
      for (const t of out) {
        expect(Object.keys(t).sort()).toEqual(['code', 'expiresAt', 'personId', 'url']);
        expect(t.url).toBe(`${ORIGIN}/r/${t.code}`);
        const days = (Date.parse(t.expiresAt) - Date.now()) / 86_400_000;
        expect(days).toBeGreaterThan(29.9);
        expect(days).toBeLessThanOrEqual(30);
      }
      expect(new Set(out.map((t) => t.code)).size).toBe(3);

      const html = fs.readFileSync(cards, 'utf8');
      expect(html.match(/<section class="card">/g)).toHaveLength(3);
      expect(html.match(/<svg/g)).toHaveLength(3);
      for (const [i, t] of out.entries()) {
        expect(html).toContain(t.code.match(/.{4}/g)!.join('-'));
        expect(html).toContain(batch[i]!.cardId);
      }
      expect(html).toContain('初期登録用 QR コード');
      expect(fs.statSync(cards).mode & 0o077).toBe(0);

      // Each holder now has exactly this ticket open; a second run supersedes it.
      const again = (await ok(
        'tickets:issue',
        '--person-ids-file',
        idsFile('one.txt', [batch[0]!.personId]),
      )) as Array<{
        code: string;
      }>;
      const shown = (await ok('holder:show', '--person-id', batch[0]!.personId)) as {
        tickets: Array<{ state: string }>;
      };
      expect(shown.tickets.map((t) => t.state).sort()).toEqual(['active', 'superseded']);
      expect(again[0]!.code).not.toBe(out[0]!.code);
    });
  });
});
