/**
 * Registration verify counts its two rate rules in the transaction that stores the passkey
 * (decision 0031): exactly one count per rule per request, whichever way the request ends, and a
 * caller already at a limit is refused before its response is looked at (nothing changes but the
 * count). Also `deferredLimits` itself.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { completeRegistration } from '@/lib/binding/register';
import { withTransaction } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { RULES, deferredLimits, wouldBeWithinLimits, type RateRule } from '@/lib/security/rate-limit';
import { loadFlow } from '@/lib/flow/store';
import { post, registrationAtVerify } from './ceremonies';
import { describeEachEngine, holderInput } from './databases';

describeEachEngine('verify counts its rate rules once, in the storing transaction', (t) => {
  const count = async (key: string) =>
    (await t.db.selectFrom('rate_limits').select('count').where('key', '=', key).executeTakeFirst())?.count ?? 0;
  const counts = async (ip: string, ticketId: string) => ({
    ip: await count(`${RULES.webauthnPerIp.name}:${ip}`),
    ticket: await count(`${RULES.webauthnPerTicket.name}:${ticketId}`),
  });
  const setCount = (key: string, n: number) =>
    t.db.updateTable('rate_limits').set({ count: n }).where('key', '=', key).execute();
  const ticketOf = async (token: string) => {
    const id = (await loadFlow(token))?.ticket_id;
    if (!id) throw new Error('flow has no ticket');
    return id;
  };

  it('a registration that succeeds: each rule counted once (options once, verify once)', async () => {
    const c = await registrationAtVerify(holderInput(), '198.51.100.21');
    const ticketId = await ticketOf(c.token);
    expect(await counts(c.ip, ticketId)).toEqual({ ip: 1, ticket: 1 });
    expect(await post(c)).toEqual({ ok: true });
    expect(await counts(c.ip, ticketId)).toEqual({ ip: 2, ticket: 2 });
  });

  it('a response that does not verify is counted once too', async () => {
    const c = await registrationAtVerify(holderInput(), '198.51.100.22');
    const ticketId = await ticketOf(c.token);
    const forged = c.passkey.registration(Buffer.from('another challenge').toString('base64url'));
    expect(await post({ ...c, response: forged })).toEqual({ ok: false, code: 'register.invalidResult' });
    expect(await counts(c.ip, ticketId)).toEqual({ ip: 2, ticket: 2 });
  });

  it('the same response twice at once: one stored, two counted', async () => {
    const c = await registrationAtVerify(holderInput(), '198.51.100.23');
    const ticketId = await ticketOf(c.token);
    // Both past the flow's guard (as two requests that read the flow before either stored), so
    // that both reach verify however the machine schedules them.
    const flow = await loadFlow(c.token);
    if (!flow) throw new Error('flow not stored');
    const verify = () =>
      completeRegistration({ flow, ip: c.ip }, c.response, 'test').then(
        () => true,
        (err: unknown) => (err instanceof AppError ? false : Promise.reject(err)),
      );
    const answers = await Promise.all([verify(), verify()]);
    expect(answers.filter(Boolean)).toHaveLength(1);
    expect(await counts(c.ip, ticketId)).toEqual({ ip: 3, ticket: 3 });
  });

  it('at the per-ticket limit: refused before verification, counted, the challenge still live', async () => {
    const c = await registrationAtVerify(holderInput(), '198.51.100.24');
    const ticketId = await ticketOf(c.token);
    const key = `${RULES.webauthnPerTicket.name}:${ticketId}`;
    await setCount(key, RULES.webauthnPerTicket.limit);
    expect(await post(c)).toEqual({ ok: false, code: 'rate.limited' });
    expect(await count(key)).toBe(RULES.webauthnPerTicket.limit + 1);
    expect((await loadFlow(c.token))?.step).toBe('register');
    const challenges = await t.db.selectFrom('challenges').select('flow_id').execute();
    expect(challenges.map((r) => r.flow_id)).toContain((await loadFlow(c.token))?.id);
    // The window ends: the same response now completes.
    await t.db.updateTable('rate_limits').set({ window_start: 0 }).where('key', '=', key).execute();
    expect(await post(c)).toEqual({ ok: true });
  });

  it('concurrent requests that all read "within": the storing transaction refuses the one over', async () => {
    const c = await registrationAtVerify(holderInput(), '198.51.100.25');
    const ticketId = await ticketOf(c.token);
    const key = `${RULES.webauthnPerTicket.name}:${ticketId}`;
    // One short of the limit: the read lets it on, then a rival's count lands first.
    await setCount(key, RULES.webauthnPerTicket.limit - 1);
    const deferred = await deferredLimits([[RULES.webauthnPerTicket, ticketId]]);
    expect(deferred.overNow).toBe(false);
    expect(await post(c)).toEqual({ ok: true });
    // The deferred one counts in its own transaction now and finds itself over.
    expect(await withTransaction((tx) => deferred.inside(tx))).toBe(false);
    deferred.committed();
    await deferred.settle();
    expect(await count(key)).toBe(RULES.webauthnPerTicket.limit + 1);
  });
});

describeEachEngine('deferredLimits', (t) => {
  const rule = (limit: number): RateRule => ({ name: `test-${randomUUID()}`, limit, windowMs: 60_000 });
  const count = async (r: RateRule, subject: string) =>
    (await t.db.selectFrom('rate_limits').select('count').where('key', '=', `${r.name}:${subject}`).executeTakeFirst())
      ?.count ?? 0;

  it('counts once: inside a transaction that commits, then settle does nothing', async () => {
    const r = rule(5);
    const d = await deferredLimits([[r, 'a']]);
    expect(d.overNow).toBe(false);
    expect(await count(r, 'a')).toBe(0);
    expect(await withTransaction((tx) => d.inside(tx))).toBe(true);
    d.committed();
    await d.settle();
    expect(await count(r, 'a')).toBe(1);
  });

  it('a transaction that rolls back loses the count; settle counts it once', async () => {
    const r = rule(5);
    const d = await deferredLimits([[r, 'b']]);
    await expect(
      withTransaction(async (tx) => {
        await d.inside(tx);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await count(r, 'b')).toBe(0);
    await d.settle();
    await d.settle();
    expect(await count(r, 'b')).toBe(1);
  });

  it('already at the limit: counted at once and over; the wouldBe read never counts', async () => {
    const r = rule(2);
    for (let i = 0; i < 2; i++) {
      const d = await deferredLimits([[r, 'c']]);
      await d.settle();
    }
    expect(await wouldBeWithinLimits([[r, 'c']])).toBe(false);
    expect(await count(r, 'c')).toBe(2);
    const over = await deferredLimits([[r, 'c']]);
    expect(over.overNow).toBe(true);
    expect(await count(r, 'c')).toBe(3);
    await over.settle();
    expect(await count(r, 'c')).toBe(3);
  });

  it('a per-IP rule without an address shares the unknown bucket, as withinLimits does', async () => {
    const r: RateRule = { ...rule(1), name: `test-${randomUUID()}-ip` };
    const d = await deferredLimits([[r, null]]);
    await d.settle();
    expect(await count(r, 'unknown')).toBe(1);
    expect((await deferredLimits([[r, null]])).overNow).toBe(true);
  });
});
