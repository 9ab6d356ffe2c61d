/**
 * Bench child: seeds N synthetic holders (multi-row inserts, no audit rows — a fixture, not an
 * import) unless they are there, then times the console's lookup and the doctor-side lookups
 * in-process: server time per call, p50/p95/max over R calls for each key kind. Prints JSON.
 *   tsx --conditions=react-server scripts/bench/lookup-run.ts N R
 */
import '../load-env';
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { HoldersTable } from '@/lib/db/schema';
import { closeDatabase, getDb } from '@/lib/db/client';
import { searchHolders, searchKeys } from '@/lib/holders/search';
import { findHolderByPersonId } from '@/lib/holders';
import { lookupTicket } from '@/lib/tickets/lookup';

const KANA = [
  'ア',
  'イ',
  'ウ',
  'エ',
  'オ',
  'カ',
  'キ',
  'ク',
  'ケ',
  'コ',
  'サ',
  'シ',
  'ス',
  'セ',
  'ソ',
  'タ',
  'チ',
  'ツ',
  'テ',
  'ト',
];
const kanaOf = (i: number) => {
  let s = '';
  for (let n = i, k = 0; k < 6; k++, n = Math.floor(n / KANA.length)) s += KANA[n % KANA.length];
  return s;
};

async function seed(n: number) {
  const { db } = await getDb();
  const { count } = await db
    .selectFrom('holders')
    .select((e) => e.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  for (let start = Number(count); start < n; start += 500) {
    const rows: Insertable<HoldersTable>[] = [];
    for (let i = start; i < Math.min(n, start + 500); i++) {
      const digits = String(i).padStart(9, '0');
      rows.push({
        id: randomUUID(),
        person_id: `8${digits}`,
        card_id: `L${digits}QQ`,
        medical_registration_number: String(i + 1),
        name: '規模 試験',
        kana: kanaOf(i),
        kana_key: kanaOf(i),
        birth_date_hash: 'bench',
        certificate_not_before: 0,
        certificate_not_after: 1,
        sandbox: 0,
        created_at: 0,
      });
    }
    await db.transaction().execute((tx) => tx.insertInto('holders').values(rows).execute());
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function time(runs: number, call: (i: number) => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await call(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { p50: r(pct(ms, 0.5)), p95: r(pct(ms, 0.95)), max: r(ms[ms.length - 1]!) };
}

async function main() {
  const n = Number(process.argv[2]);
  const runs = Number(process.argv[3]) || 500;
  const seeded = performance.now();
  await seed(n);
  const seedSeconds = Math.round((performance.now() - seeded) / 100) / 10;
  const pick = (i: number) => (i * 7919) % n;
  const search = (q: string) => searchHolders(searchKeys(q)!);
  const result = {
    holders: n,
    seedSeconds,
    runs,
    consoleSearchMs: {
      personId: await time(runs, (i) => search(`8${String(pick(i)).padStart(9, '0')}`)),
      cardId: await time(runs, (i) => search(`L${String(pick(i)).padStart(9, '0')}QQ`)),
      medicalRegistrationNumber: await time(runs, (i) => search(String((pick(i) % 999_999) + 1))),
      kanaPrefix3: await time(runs, (i) => search(kanaOf(pick(i)).slice(0, 3))),
      kanaFull: await time(runs, (i) => search(kanaOf(pick(i)))),
    },
    holderShowByPersonIdMs: await time(runs, (i) => findHolderByPersonId(`8${String(pick(i)).padStart(9, '0')}`)),
    ticketByCodeMs: await time(runs, () => lookupTicket('0123456789ABCDEFGHJK')),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await closeDatabase();
}

main().catch((err) => {
  process.stderr.write(`lookup bench failed: ${(err as Error).message}\n`);
  process.exit(1);
});
