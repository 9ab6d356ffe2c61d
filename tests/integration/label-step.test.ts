/**
 * ラベル登録 (spec §3 step 8) through its route: the label, its audit row and the step to 完了
 * commit in one transaction (the journey's `write`, lib/journey/kernel.ts), and only the request
 * that moves the flow writes — a double tap neither relabels nor audits twice.
 */
import { NextRequest } from 'next/server';
import { expect, it } from 'vitest';
import { POST as label } from '@/app/api/flow/label/route';
import { loadFlow } from '@/lib/flow/store';
import { COOKIES } from '@/lib/http/cookies';
import { stampedAddress } from '@/lib/http/client-ip';
import { post, registrationAtVerify } from './ceremonies';
import { TEST_ORIGIN, describeEachEngine, holderInput } from './databases';

const IP = '10.9.8.7';

function labelPost(token: string, form: Record<string, string>): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}/api/flow/label`, {
    method: 'POST',
    headers: {
      origin: TEST_ORIGIN,
      'content-type': 'application/x-www-form-urlencoded',
      cookie: `${COOKIES.flow.name}=${token}`,
      ...stampedAddress(IP),
    },
    body: new URLSearchParams(form).toString(),
  });
}

describeEachEngine('the label step', (t) => {
  async function atLabel() {
    const ceremony = await registrationAtVerify(holderInput(), IP);
    expect(await post(ceremony)).toEqual({ ok: true });
    const flow = await loadFlow(ceremony.token);
    expect(flow?.step).toBe('label');
    return { token: ceremony.token, credentialId: flow?.credential_id ?? '' };
  }
  const labelOf = async (id: string) =>
    (await t.db.selectFrom('credentials').select('label').where('id', '=', id).executeTakeFirstOrThrow()).label;
  const audited = async (id: string) =>
    (await t.db.selectFrom('audit_events').select('type').where('credential_id', '=', id).execute())
      .map((r) => r.type)
      .filter((type) => type.startsWith('credential.label'));

  it('saves the label, audits it and finishes the step together', async () => {
    const { token, credentialId } = await atLabel();
    const res = await label(labelPost(token, { label: ' 診察室の iPhone ' }));
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get('location') ?? '').pathname).toBe('/register/complete');
    expect(await labelOf(credentialId)).toBe('診察室の iPhone');
    expect(await audited(credentialId)).toEqual(['credential.labelled']);
    expect((await loadFlow(token))?.step).toBe('complete');
  });

  it('a double tap: one label, one audit row; a later post changes nothing', async () => {
    const { token, credentialId } = await atLabel();
    const results = await Promise.all([
      label(labelPost(token, { label: '一回目' })),
      label(labelPost(token, { label: '二回目' })),
    ]);
    expect(results.map((r) => r.status)).toEqual([303, 303]);
    const saved = await labelOf(credentialId);
    expect(['一回目', '二回目']).toContain(saved);
    expect(await audited(credentialId)).toEqual(['credential.labelled']);
    await label(labelPost(token, { label: '三回目' }));
    expect(await labelOf(credentialId)).toBe(saved);
    expect(await audited(credentialId)).toEqual(['credential.labelled']);
  });

  it('【キャンセル】 keeps the automatic label and audits that; an empty label changes nothing', async () => {
    const { token, credentialId } = await atLabel();
    const automatic = await labelOf(credentialId);
    await label(labelPost(token, { label: '   ' }));
    expect((await loadFlow(token))?.step).toBe('label');
    expect(await audited(credentialId)).toEqual([]);
    await label(labelPost(token, { action: 'cancel', label: '' }));
    expect(await labelOf(credentialId)).toBe(automatic);
    expect(await audited(credentialId)).toEqual(['credential.labelKept']);
    expect((await loadFlow(token))?.step).toBe('complete');
  });
});
