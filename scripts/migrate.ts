/** `npm run db:migrate`: brings the configured database (SQLite file or PostgreSQL) up to date. */
import './load-env';
import { closeDatabase, getDb } from '@/lib/db/client';
import { env } from '@/lib/env';

async function main() {
  const { engine } = await getDb();
  process.stdout.write(
    `${JSON.stringify({ migrated: true, engine, dataDir: engine === 'sqlite' ? env().dataDir : undefined })}\n`,
  );
  await closeDatabase();
}

main().catch((err) => {
  process.stderr.write(`error: migration failed: ${(err as Error).message}\n`);
  process.exit(1);
});
