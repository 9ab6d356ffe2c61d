/**
 * holders:import streamed in chunks (issue 10 goal 4) on both engines: a file larger than a chunk
 * is imported whole; any bad line — invalid, repeated inside the file, or naming a holder already
 * stored, even in a later chunk — names its line and imports nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { IMPORT_CHUNK, importHolders } from '@/lib/operator/import';
import { OperatorError } from '@/lib/operator/errors';
import type { HolderInput } from '@/lib/operator/holder-input';
import { describeEachEngine, holderInput } from './databases';

const HEADER = 'personId,cardId,medicalRegistrationNumber,name,kana,birthDate';
const row = (h: HolderInput) =>
  [h.personId, h.cardId, h.medicalRegistrationNumber, h.name, h.kana, h.birthDate].join(',');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-import-'));
let files = 0;
function csv(rows: string[]): string {
  const file = path.join(dir, `${++files}.csv`);
  fs.writeFileSync(file, [HEADER, ...rows, ''].join('\n'));
  return file;
}
/** Distinct holders (the shared helper's 医籍登録番号 repeat every 900 000). */
const many = (n: number) => Array.from({ length: n }, () => holderInput());

describeEachEngine('holders:import', (t) => {
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom('holders')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('imports a file of several chunks, every holder with a keyed birth-date hash', async () => {
    const before = await count();
    const holders = many(IMPORT_CHUNK * 2 + 7);
    expect(await importHolders(csv(holders.map(row)))).toEqual({ imported: holders.length });
    expect(await count()).toBe(before + holders.length);
    const last = await t.db
      .selectFrom('holders')
      .select('birth_date_hash')
      .where('person_id', '=', holders.at(-1)!.personId)
      .executeTakeFirstOrThrow();
    expect(last.birth_date_hash).toMatch(/^hmac-sha256\$/);
  });

  it('a holder already stored, named in a later chunk, imports nothing and names its line', async () => {
    const [stored] = many(1);
    await importHolders(csv([row(stored!)]));
    const before = await count();
    const holders = many(IMPORT_CHUNK + 10);
    holders[IMPORT_CHUNK + 5] = { ...holders[IMPORT_CHUNK + 5]!, personId: stored!.personId };
    const failure = await importHolders(csv(holders.map(row))).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OperatorError);
    // Line 1 is the header.
    expect((failure as Error).message).toContain(
      `line ${IMPORT_CHUNK + 7}: a holder with this 本人ID ${stored!.personId} already exists`,
    );
    expect((failure as Error).message).toMatch(/nothing was imported$/);
    expect(await count()).toBe(before);
  });

  it('repeated identifiers inside the file and invalid lines are all listed, in line order', async () => {
    const before = await count();
    const [a, b, c] = many(3) as [HolderInput, HolderInput, HolderInput];
    const failure = await importHolders(
      csv([row(a), row({ ...b, cardId: a.cardId }), row({ ...c, birthDate: '1980-02-30' })]),
    ).catch((e: unknown) => e);
    const lines = (failure as Error).message.split('\n');
    expect(lines[0]).toBe(`line 3: カードID ${a.cardId} is also on line 2`);
    expect(lines[1]).toMatch(/^line 4: birthDate/);
    expect(await count()).toBe(before);
  });
});
