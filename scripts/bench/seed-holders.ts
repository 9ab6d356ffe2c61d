/**
 * Bench fixture: N synthetic holders in DATA_DIR's database, fast — one birth-date hash shared by
 * all (the slow hash per holder is what holders:import measures, not this). Prints their 本人IDs,
 * one per line. Numbered after the holders already there, so a bench can run again on the same
 * (PostgreSQL) database. Run with the react-server condition (scripts/run-server-task.ts).
 *   tsx --conditions=react-server scripts/bench/seed-holders.ts N
 */
import '../load-env';
import { sql } from 'kysely';
import { closeDatabase, getDb, withTransaction } from '@/lib/db/client';
import { insertHolder, parseHolderInput } from '@/lib/operator/holders';
import { hashBirthDate } from '@/lib/security/secrets';

async function main() {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) throw new Error('usage: seed-holders.ts N');
  const hash = await hashBirthDate('1980-04-01');
  const ids: string[] = [];
  const { db } = await getDb();
  const from = Number(
    (
      await db
        .selectFrom('holders')
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  for (let start = from; start < from + n; start += 1000) {
    await withTransaction(async (tx) => {
      for (let i = start; i < Math.min(from + n, start + 1000); i++) {
        const digits = String(i).padStart(9, '0');
        const h = parseHolderInput({
          personId: `9${digits}`,
          cardId: `B${digits}ZZ`,
          medicalRegistrationNumber: String(100_000 + i),
          name: '性能 試験',
          kana: 'セイノウ シケン',
          birthDate: '1980-04-01',
        });
        await insertHolder(tx, h, hash, 'operator:cli', false);
        ids.push(h.personId);
      }
    });
  }
  process.stdout.write(`${ids.join('\n')}\n`);
  await closeDatabase();
}

main().catch((err) => {
  process.stderr.write(`seed failed: ${(err as Error).message}\n`);
  process.exit(1);
});
