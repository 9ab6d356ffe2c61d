import 'server-only';
import { getDb, type Db } from './client';
import { log } from '@/lib/log';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/**
 * Deletes what has no use once expired, so anonymous traffic cannot grow the database for ever:
 * challenges, abandoned flows and device changes (after a day, long past their 15-minute idle
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
    } catch (err) {
      log.warn('db.purge.failed', { error: err });
    }
  };
  const first = setTimeout(() => void run(), 60_000);
  first.unref();
  timer = setInterval(() => void run(), PURGE_INTERVAL_MS);
  timer.unref();
}
