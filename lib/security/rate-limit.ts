import 'server-only';
import { sql } from 'kysely';
import { getDb, type Tx } from '@/lib/db/client';
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

/**
 * All rules must pass; every rule is counted (a blocked caller keeps counting against itself).
 * Given `tx`, inside that transaction (see `hit`).
 */
export async function withinLimits(checks: Array<[RateRule, string | null | undefined]>, tx?: Tx): Promise<boolean> {
  let ok = true;
  for (const [rule, subject] of checks) {
    // A per-IP rule with no known address counts against one shared bucket rather than none.
    const key = subject ?? (rule.name.endsWith('-ip') ? 'unknown' : null);
    if (!key) continue;
    if (!(await hit(rule, key, Date.now(), tx))) {
      ok = false;
      log.warn('rate.limited', { rule: rule.name });
    }
  }
  return ok;
}
