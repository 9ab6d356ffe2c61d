/**
 * Rate limits live in the database (spec §10) and count with one atomic upsert: concurrent hits
 * never lose a count, the limit boundary is exact, and a window resets after it ends.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { hit, withinLimits, type RateRule } from '@/lib/security/rate-limit';
import { describeEachEngine } from './databases';

describeEachEngine('rate limits', (t) => {
  const rule = (limit: number, windowMs = 60_000): RateRule => ({ name: `test-${randomUUID()}`, limit, windowMs });
  const countOf = async (r: RateRule, subject: string) =>
    await t.db
      .selectFrom('rate_limits')
      .selectAll()
      .where('key', '=', `${r.name}:${subject}`)
      .executeTakeFirstOrThrow();

  it('100 concurrent hits on one key count exactly 100; the limit boundary is exact', async () => {
    const r = rule(100);
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 100 }, () => hit(r, '198.51.100.7', now)));
    expect(results.every(Boolean)).toBe(true);
    const row = await countOf(r, '198.51.100.7');
    expect(row.count).toBe(100);
    expect(row.window_start).toBe(now);

    // The 101st is over the limit, and blocked callers keep counting.
    expect(await hit(r, '198.51.100.7', now + 1)).toBe(false);
    expect(await hit(r, '198.51.100.7', now + 2)).toBe(false);
    expect((await countOf(r, '198.51.100.7')).count).toBe(102);
  });

  it('concurrent hits past the limit: exactly `limit` pass', async () => {
    const r = rule(37);
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 100 }, () => hit(r, 'k', now)));
    expect(results.filter(Boolean)).toHaveLength(37);
    expect((await countOf(r, 'k')).count).toBe(100);
  });

  it('keys are independent', async () => {
    const r = rule(1);
    const now = Date.now();
    expect(await hit(r, 'a', now)).toBe(true);
    expect(await hit(r, 'b', now)).toBe(true);
    expect(await hit(r, 'a', now)).toBe(false);
    expect(await hit(rule(1), 'a', now)).toBe(true);
  });

  it('a window resets exactly when it ends', async () => {
    const windowMs = 10 * 60_000;
    const r = rule(3, windowMs);
    const start = Date.now();
    for (let i = 0; i < 3; i++) expect(await hit(r, 'ip', start + i)).toBe(true);
    expect(await hit(r, 'ip', start + windowMs - 1)).toBe(false);
    expect((await countOf(r, 'ip')).count).toBe(4);

    // The window started at `start`: from start + windowMs on, it is a new one.
    const next = start + windowMs;
    expect(await hit(r, 'ip', next)).toBe(true);
    expect(await countOf(r, 'ip')).toMatchObject({ count: 1, window_start: next });
    expect(await hit(r, 'ip', next + 1)).toBe(true);
    expect(await hit(r, 'ip', next + 2)).toBe(true);
    expect(await hit(r, 'ip', next + 3)).toBe(false);
  });

  it('concurrent hits across a window reset never lose the new window', async () => {
    const windowMs = 1_000;
    const r = rule(1_000, windowMs);
    const start = Date.now();
    await Promise.all(Array.from({ length: 10 }, () => hit(r, 'x', start)));
    const later = start + windowMs;
    await Promise.all(Array.from({ length: 50 }, () => hit(r, 'x', later)));
    expect(await countOf(r, 'x')).toMatchObject({ count: 50, window_start: later });
  });

  it('withinLimits counts every rule and skips missing subjects', async () => {
    const a = rule(1);
    const b = rule(5);
    expect(
      await withinLimits([
        [a, 'ip'],
        [b, 'ticket'],
        [b, null],
        [b, undefined],
      ]),
    ).toBe(true);
    expect(
      await withinLimits([
        [a, 'ip'],
        [b, 'ticket'],
      ]),
    ).toBe(false);
    expect((await countOf(a, 'ip')).count).toBe(2);
    expect((await countOf(b, 'ticket')).count).toBe(2);
    const rows = await t.db.selectFrom('rate_limits').select('key').where('key', 'like', `${b.name}:%`).execute();
    expect(rows).toHaveLength(1);
  });
});
