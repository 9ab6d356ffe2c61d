/**
 * WebAuthn challenges (spec §3, §10): usable once, a newer one replaces the older, expired ones
 * are never handed out, and concurrent takes give the challenge to exactly one caller.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { CHALLENGE_TTL_MS, storeChallenge, takeChallenge } from '@/lib/binding/challenges';
import { describeEachEngine } from './databases';

const challenge = () => randomBytes(32).toString('base64url');

describeEachEngine('challenges', (t) => {
  const rowsOf = (flowId: string) => t.db.selectFrom('challenges').selectAll().where('flow_id', '=', flowId).execute();

  it('a challenge can be taken once', async () => {
    const flow = randomUUID();
    const c = challenge();
    await storeChallenge(flow, 'register', c);
    expect(await takeChallenge(flow, 'register')).toBe(c);
    expect(await takeChallenge(flow, 'register')).toBeNull();
    expect(await rowsOf(flow)).toHaveLength(0);
  });

  it('concurrent takes: exactly one caller gets it', async () => {
    const flow = randomUUID();
    const c = challenge();
    await storeChallenge(flow, 'signin', c);
    const results = await Promise.all(Array.from({ length: 20 }, () => takeChallenge(flow, 'signin')));
    expect(results.filter((r) => r === c)).toHaveLength(1);
    expect(results.filter((r) => r === null)).toHaveLength(19);
  });

  it('is kept per flow and purpose; a newer one replaces the older', async () => {
    const flow = randomUUID();
    const other = randomUUID();
    const [older, newer, signin, foreign] = [challenge(), challenge(), challenge(), challenge()];
    await storeChallenge(flow, 'register', older);
    await storeChallenge(flow, 'register', newer);
    await storeChallenge(flow, 'signin', signin);
    await storeChallenge(other, 'register', foreign);
    expect(await rowsOf(flow)).toHaveLength(2);

    expect(await takeChallenge(flow, 'register')).toBe(newer);
    expect(await takeChallenge(flow, 'register')).toBeNull();
    expect(await takeChallenge(flow, 'signin')).toBe(signin);
    expect(await takeChallenge(other, 'register')).toBe(foreign);
  });

  it('concurrent stores for one flow leave one live challenge', async () => {
    const flow = randomUUID();
    const stored = Array.from({ length: 10 }, () => challenge());
    await Promise.all(stored.map((c) => storeChallenge(flow, 'register', c)));
    expect(await rowsOf(flow)).toHaveLength(1);
    const taken = await takeChallenge(flow, 'register');
    expect(stored).toContain(taken);
  });

  it('an expired challenge is not returned, and is gone afterwards', async () => {
    const flow = randomUUID();
    const c = challenge();
    const issuedAt = Date.now() - CHALLENGE_TTL_MS - 1;
    await storeChallenge(flow, 'register', c, issuedAt);
    expect(await takeChallenge(flow, 'register')).toBeNull();
    expect(await rowsOf(flow)).toHaveLength(0);

    // The boundary: live until just before created + 5 minutes.
    const at = Date.now();
    await storeChallenge(flow, 'register', c, at);
    expect(await takeChallenge(flow, 'register', at + CHALLENGE_TTL_MS)).toBeNull();
    await storeChallenge(flow, 'register', c, at);
    expect(await takeChallenge(flow, 'register', at + CHALLENGE_TTL_MS - 1)).toBe(c);
  });
});
