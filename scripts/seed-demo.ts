/**
 * Demo data for `npm run demo`: three holders, each with a fresh ticket printed for the tester.
 * `--reset` first deletes the demo's embedded database, so everything done in the demo is gone.
 */
import './load-env';
import { rmSync } from 'node:fs';
import { closeDatabase, sqliteFile } from '@/lib/db/client';
import { env } from '@/lib/env';
import { formatRegistrationCode } from '@/lib/normalize/registration-code';
import { findHolderByPersonId } from '@/lib/holders';
import { addHolder, issueTicketFor } from '@/lib/operator/holders';

const DEMO = [
  {
    personId: '9000000001',
    cardId: 'DEMO00000001',
    medicalRegistrationNumber: '900001',
    name: '山田 太郎',
    kana: 'ヤマダ タロウ',
    birthDate: '1980-04-01',
  },
  {
    personId: '9000000002',
    cardId: 'DEMO00000002',
    medicalRegistrationNumber: '900002',
    name: '佐藤 花子',
    kana: 'サトウ ハナコ',
    birthDate: '1975-12-24',
  },
  {
    personId: '9000000003',
    cardId: 'DEMO00000003',
    medicalRegistrationNumber: '900003',
    name: '鈴木 一郎',
    kana: 'スズキ イチロウ',
    birthDate: '1990-07-15',
  },
];

/** Deletes the embedded database; a PostgreSQL database may hold more than the demo, so never that. */
function wipe() {
  const { databaseUrl, dataDir } = env();
  if (databaseUrl) {
    throw new Error('--reset deletes only the embedded (SQLite) database: unset DATABASE_URL for the demo');
  }
  const file = sqliteFile(dataDir);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  return file;
}

async function main() {
  const lines = ['', 'Demo holders (password = birth date as 8 digits; ログイン asks for the 医籍登録番号):', ''];
  if (process.argv.includes('--reset')) lines.unshift(`Deleted the demo database ${wipe()}`);
  for (const d of DEMO) {
    if (!(await findHolderByPersonId(d.personId))) await addHolder(d, 'operator:demo');
    const ticket = await issueTicketFor(d.personId, { actor: 'operator:demo' });
    lines.push(
      `  ${d.name}  本人ID ${d.personId}  医籍登録番号 ${d.medicalRegistrationNumber}  生年月日 ${d.birthDate.replaceAll('-', '')}`,
      `    URL:  ${ticket.url}`,
      `    登録コード: ${formatRegistrationCode(ticket.code)}`,
      '',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  await closeDatabase();
}

main().catch((err) => {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  process.exit(1);
});
