/**
 * The process that verify-crash.test.ts kills: it opens the SQLite file like a server would and
 * posts every ceremony of the jobs file at once through the real verify code (`post`), printing
 * one JSON line per answer. Run with node itself, so that SIGKILL hits the process doing the work:
 *
 *   node --import tsx --conditions=react-server tests/integration/verify-burst.ts <db file> <jobs.json>
 */
import fs from 'node:fs';
import { closeDatabase, openDatabase, useDatabase as installDatabase } from '@/lib/db/client';
import { post, type Posted } from './ceremonies';

async function main() {
  const [file, jobsFile] = process.argv.slice(2);
  if (!file || !jobsFile) throw new Error('usage: verify-burst.ts <db file> <jobs.json>');
  const jobs = JSON.parse(fs.readFileSync(jobsFile, 'utf8')) as Array<Posted & { i: number }>;
  const handle = openDatabase({ file });
  installDatabase(handle);
  await handle.ready;
  await Promise.all(
    jobs.map(async (job) => {
      const answer = await post(job);
      process.stdout.write(`${JSON.stringify({ i: job.i, answer })}\n`);
    }),
  );
  await closeDatabase();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
