import 'server-only';
import { sql } from 'kysely';
import { getDb, withTransaction, type Tx } from '@/lib/db/client';
import { compiledOnce } from '@/lib/db/compiled';
import { log } from '@/lib/log';

export type RateRule = { name: string; limit: number; windowMs: number };

/** Limits per endpoint family. Shared by all instances because the counters live in the database. */
export const RULES = {
  codeLookupPerIp: { name: 'code-ip', limit: 20, windowMs: 10 * 60_000 },
  /**
   * Per ticket only *refused* opens count (the ticket is expired, locked or superseded), never the
   * opens of a usable ticket: whoever holds a code could otherwise keep its doctor out. A per-ticket
   * rule cannot slow guessing (a wrong guess names no ticket; the per-IP rule does that) and the
   * birth date has its own 5-try lock, so what is left for it is to bound the audit trail a dead
   * card's code writes when replayed from many addresses. See docs/decisions/0006-rows-and-per-ticket-limit.md.
   */
  refusedOpenPerTicket: { name: 'refused-open-ticket', limit: 30, windowMs: 60 * 60_000 },
  /** New flow rows (deep link, typed code without a flow, 【同意する】 on a fresh visit). */
  flowCreationPerIp: { name: 'flow-ip', limit: 30, windowMs: 10 * 60_000 },
  passwordPerIp: { name: 'password-ip', limit: 30, windowMs: 10 * 60_000 },
  loginPerIp: { name: 'login-ip', limit: 30, windowMs: 10 * 60_000 },
  webauthnPerIp: { name: 'webauthn-ip', limit: 60, windowMs: 10 * 60_000 },
  webauthnPerTicket: { name: 'webauthn-ticket', limit: 30, windowMs: 10 * 60_000 },
  passkeyLoginPerIp: { name: 'passkey-login-ip', limit: 30, windowMs: 10 * 60_000 },
  deviceChangePerIp: { name: 'device-change-ip', limit: 30, windowMs: 10 * 60_000 },
  deviceChangePerHolder: { name: 'device-change-holder', limit: 10, windowMs: 60 * 60_000 },
  /**
   * The re-issue application: each 【確認画面へ】 (a photo decoded and re-encoded) and each
   * 【申請する】 from one address.
   */
  reissueApplyPerIp: { name: 'reissue-apply-ip', limit: 20, windowMs: 10 * 60_000 },
  /** Staff passkey ceremonies (enrolment, sign-in, re-authentication) of the support console. */
  staffPasskeyPerIp: { name: 'staff-passkey-ip', limit: 60, windowMs: 10 * 60_000 },
} satisfies Record<string, RateRule>;

/**
 * Counts one hit and says whether it is within the limit. One atomic upsert (`INSERT … ON CONFLICT
 * … RETURNING`), so concurrent requests on any instance never lose a count. Given `tx`, the count
 * commits with the rest of that transaction (a caller that refuses must still commit it).
 */
export async function hit(rule: RateRule, subject: string, now = Date.now(), tx?: Tx): Promise<boolean> {
  const db = tx ?? (await getDb()).db;
  const { rows } = await countHit(db, `${rule.name}:${subject}`, now, now - rule.windowMs);
  const row = rows[0];
  if (!row) throw new Error('rate limit upsert returned no row');
  return Number(row.count) <= rule.limit;
}

const countHit = compiledOnce((db: Tx, key: string, now: number, windowFloor: number) =>
  db
    .insertInto('rate_limits')
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when rate_limits.window_start <= ${windowFloor} then 1 else rate_limits.count + 1 end`,
        window_start: sql<number>`case when rate_limits.window_start <= ${windowFloor} then ${now} else rate_limits.window_start end`,
      }),
    )
    .returning('count'),
);

const readCount = compiledOnce((db: Tx, key: string) =>
  db.selectFrom('rate_limits').select(['count', 'window_start']).where('key', '=', key),
);

/** The bucket of a rule's subject: a per-IP rule with no known address shares one bucket rather than none. */
const bucketOf = (rule: RateRule, subject: string | null | undefined) =>
  subject ?? (rule.name.endsWith('-ip') ? 'unknown' : null);

/**
 * Whether one more hit would still be within every rule, read without counting (no write, no
 * commit). Only a first look: a caller that goes on must still count with `withinLimits`, which
 * is what decides (concurrent callers may all read "within").
 */
export async function wouldBeWithinLimits(
  checks: Array<[RateRule, string | null | undefined]>,
  now = Date.now(),
): Promise<boolean> {
  const { db } = await getDb();
  for (const [rule, subject] of checks) {
    const key = bucketOf(rule, subject);
    if (!key) continue;
    const row = (await readCount(db, `${rule.name}:${key}`)).rows[0];
    if (row && Number(row.window_start) > now - rule.windowMs && Number(row.count) >= rule.limit) return false;
  }
  return true;
}

/**
 * All rules must pass; every rule is counted (a blocked caller keeps counting against itself).
 * Given `tx`, inside that transaction (see `hit`).
 */
export async function withinLimits(checks: Array<[RateRule, string | null | undefined]>, tx?: Tx): Promise<boolean> {
  let ok = true;
  for (const [rule, subject] of checks) {
    const key = bucketOf(rule, subject);
    if (!key) continue;
    if (!(await hit(rule, key, Date.now(), tx))) {
      ok = false;
      log.warn('rate.limited', { rule: rule.name });
    }
  }
  return ok;
}

/**
 * Counts checked the cheap way for a request that stores something when it succeeds (decision
 * 0031): a caller already at a limit is counted at once (`overNow` true, refuse it before looking
 * at what it sent); otherwise its count waits for the transaction that stores the result
 * (`inside(tx)`, then `committed()` once that has committed), so a success commits once. On any
 * other way out, `settle()` counts it in a commit of its own. Each request is counted exactly once.
 */
export async function deferredLimits(checks: Array<[RateRule, string | null | undefined]>) {
  let counted = false;
  let overNow = false;
  if (!(await wouldBeWithinLimits(checks))) {
    counted = true;
    // The window may have rolled over since the read: then this count lets the request on.
    overNow = !(await withTransaction((tx) => withinLimits(checks, tx)));
  }
  return {
    overNow,
    /** Counts inside the caller's transaction (once); true within every limit. */
    inside: async (tx: Tx) => counted || withinLimits(checks, tx),
    committed: () => {
      counted = true;
    },
    settle: async () => {
      if (counted) return;
      counted = true;
      await withTransaction((tx) => withinLimits(checks, tx));
    },
  };
}
