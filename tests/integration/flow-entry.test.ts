/**
 * 【初回登録の方はこちら】 after a flow has ended (issue 11 #13, #14): a new flow replaces the ended
 * one and keeps the terms agreement exactly as recorded; nothing new is claimed in the audit log,
 * and posting again with the old cookie adds no row.
 */
import { NextRequest } from 'next/server';
import { expect, it } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { chooseRegistration } from '@/lib/flow/entry';
import { COOKIES } from '@/lib/http/cookies';
import { TERMS_VERSION, createFlow, updateFlow } from '@/lib/flow/store';
import type { Step } from '@/lib/steps/registration';
import { hashToken } from '@/lib/security/secrets';
import { TEST_ORIGIN, describeEachEngine, countRows } from './databases';

const FLOW_COOKIE = COOKIES.flow.name;

const AGREED_AT = 1_700_000_000_000;

function post(token: string) {
  return chooseRegistration(
    new NextRequest(`${TEST_ORIGIN}/api/flow/start`, {
      method: 'POST',
      headers: {
        origin: TEST_ORIGIN,
        cookie: `${FLOW_COOKIE}=${token}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: '',
    }),
  );
}

describeEachEngine('a new registration after a finished one', (t) => {
  async function endedFlow(step: Step, version = TERMS_VERSION) {
    return withTransaction(async (tx) => {
      const flow = await createFlow(tx, { step: 'start', terms: { version, agreedAt: AGREED_AT } }, AGREED_AT);
      await updateFlow(tx, flow.id, 'start', { step }, AGREED_AT);
      return flow;
    });
  }
  const count = (table: 'flows' | 'audit_events') => countRows(t.db, table);

  it('replaces the finished flow with one at QR entry that keeps the recorded agreement', async () => {
    const old = await endedFlow('complete');
    const [flows, events] = [await count('flows'), await count('audit_events')];

    const res = await post(old.token);
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get('location')!).pathname).toBe('/register/qr');
    const token = res.cookies.get(FLOW_COOKIE)?.value;
    expect(token).toBeTruthy();
    expect(token).not.toBe(old.token);

    const row = await t.db
      .selectFrom('flows')
      .selectAll()
      .where('id', '=', hashToken(token!))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      step: 'qr',
      terms_version: TERMS_VERSION,
      terms_agreed_at: AGREED_AT,
      ticket_id: null,
    });
    expect(await t.db.selectFrom('flows').select('id').where('id', '=', old.id).executeTakeFirst()).toBeUndefined();
    expect(await count('flows')).toBe(flows);
    expect(await count('audit_events')).toBe(events);

    // The old cookie again (a double tap, a replay): no new flow.
    const again = await post(old.token);
    expect(again.status).toBe(303);
    expect(again.cookies.get(FLOW_COOKIE)).toBeUndefined();
    expect(await count('flows')).toBe(flows);
  });

  it('sends an ended flow whose terms changed since back to the terms, adding nothing', async () => {
    const old = await endedFlow('confirmed', '2000-01-01');
    const flows = await count('flows');
    const res = await post(old.token);
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get('location')!).pathname).toBe('/');
    expect(res.cookies.get(FLOW_COOKIE)).toBeUndefined();
    expect(await count('flows')).toBe(flows);
  });
});
