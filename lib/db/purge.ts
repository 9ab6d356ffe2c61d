import 'server-only';
import { getDb, type Db } from './client';
import { log } from '@/lib/log';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/**
 * Deletes what has no use once expired, so anonymous traffic cannot grow the database for ever:
 * challenges, abandoned flows, device changes and application drafts (after a day, long past their 15-minute idle
 * limit), used or stale sign-in hand-offs, and old rate-limit windows. Audit events stay.
 */
export async function purgeExpired(db: Db, now = Date.now()) {
  const counts = await Promise.all([
    db.deleteFrom('challenges').where('expires_at', '<', now).executeTakeFirst(),
    db
      .deleteFrom('flows')
      .where('updated_at', '<', now - DAY)
      .executeTakeFirst(),
    db
      .deleteFrom('device_changes')
      .where('updated_at', '<', now - DAY)
      .executeTakeFirst(),
    db
      .deleteFrom('application_drafts')
      .where('updated_at', '<', now - DAY)
      .executeTakeFirst(),
    db
      .deleteFrom('sign_in_results')
      .where('expires_at', '<', now - HOUR)
      .executeTakeFirst(),
    db
      .deleteFrom('rate_limits')
      .where('window_start', '<', now - DAY)
      .executeTakeFirst(),
  ]);
  return counts.reduce((sum, r) => sum + Number(r.numDeletedRows), 0);
}

/**
 * Support sandboxes (再現する) live 24 hours: their holders and everything hanging off them —
 * journey rows, sign-in hand-offs, devices, tickets — in one transaction, children first. Audit
 * events stay (append-only); they name the sandbox holder's id and say `sandbox.created`.
 */
export async function purgeSandbox(db: Db, now = Date.now()): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const old = tx
      .selectFrom('holders')
      .select('id')
      .where('sandbox', '=', 1)
      .where('created_at', '<', now - DAY);
    await tx.deleteFrom('flows').where('holder_id', 'in', old).execute();
    await tx
      .deleteFrom('flows')
      .where('sandbox', '=', 1)
      .where('created_at', '<', now - DAY)
      .execute();
    await tx.deleteFrom('device_changes').where('holder_id', 'in', old).execute();
    await tx
      .deleteFrom('device_changes')
      .where('sandbox', '=', 1)
      .where('created_at', '<', now - DAY)
      .execute();
    await tx.deleteFrom('sign_in_results').where('holder_id', 'in', old).execute();
    await tx.deleteFrom('credentials').where('holder_id', 'in', old).execute();
    await tx.deleteFrom('tickets').where('holder_id', 'in', old).execute();
    const holders = await tx.deleteFrom('holders').where('id', 'in', old).executeTakeFirst();
    return Number(holders.numDeletedRows);
  });
}

export const PURGE_INTERVAL_MS = HOUR;

let timer: NodeJS.Timeout | undefined;

/**
 * Started once by the server (instrumentation.ts), never by the CLI: purges hourly, the first time
 * a minute after start. Each run opens the database lazily like any request.
 */
export function startMaintenance(): void {
  if (timer) return;
  const run = async () => {
    try {
      const { db } = await getDb();
      const deleted = await purgeExpired(db);
      if (deleted > 0) log.info('db.purged', { deleted });
      const sandboxes = await purgeSandbox(db);
      if (sandboxes > 0) log.info('db.sandbox.purged', { holders: sandboxes });
    } catch (err) {
      log.warn('db.purge.failed', { error: err });
    }
  };
  const first = setTimeout(() => void run(), 60_000);
  first.unref();
  timer = setInterval(() => void run(), PURGE_INTERVAL_MS);
  timer.unref();
}
