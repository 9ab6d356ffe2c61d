/**
 * Audit details (spec §10): the facts support reads (terms version, AAGUID, revoked credential)
 * are stored as they are; a secret cannot be passed as a detail, and one hidden in free text is
 * still redacted.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { TERMS_VERSION } from '@/lib/flow/store';
import { audit, type AuditActor, type AuditEvent } from '@/lib/audit';
import { describeEachEngine } from './databases';

describeEachEngine('audit details', (t) => {
  async function stored(event: AuditEvent) {
    const actor: AuditActor = `operator:test-${randomUUID()}`;
    await audit(t.db, { ...event, actor });
    const row = await t.db
      .selectFrom('audit_events')
      .select('detail')
      .where('actor', '=', actor)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.detail) as unknown;
  }

  it('keeps the terms version, AAGUID and revoked credential id readable', async () => {
    expect(await stored({ type: 'terms.agreed', outcome: 'ok', detail: { termsVersion: TERMS_VERSION } })).toEqual({
      termsVersion: TERMS_VERSION,
    });
    const aaguid = 'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4';
    const revoked = '0c6f4a7e-2b7d-4e5a-9d7c-3f1b2a6c8e90';
    expect(await stored({ type: 'device.changed', outcome: 'ok', detail: { revoked, provider: 'Google' } })).toEqual({
      revoked,
      provider: 'Google',
    });
    const completed = { provider: 'iCloud', aaguid, deviceType: 'multiDevice', replacedDevice: false } as const;
    expect(await stored({ type: 'registration.completed', outcome: 'ok', detail: completed })).toEqual(completed);
  });

  it('redacts a code or birth date hidden in a free-text reason', async () => {
    const detail = { reason: 'rejected: typed 7K3M-9QRT-ZX4A-BC2D-EF5G on 1980/04/01' };
    const out = JSON.stringify(await stored({ type: 'registration.verify', outcome: 'fail', detail }));
    expect(out).not.toMatch(/7K3M|1980/);
    expect(out).toContain('rejected: typed');
  });

  it('does not compile a detail the event does not declare', () => {
    const events: AuditEvent[] = [
      // @ts-expect-error a birth date is not a detail of terms.agreed
      { type: 'terms.agreed', outcome: 'ok', detail: { termsVersion: TERMS_VERSION, birthDate: '1980-04-01' } },
      // @ts-expect-error ticket.locked carries no detail
      { type: 'ticket.locked', outcome: 'info', detail: { token: 'x' } },
      // @ts-expect-error an unknown event type
      { type: 'anything', outcome: 'ok', detail: { code: 'x' } },
    ];
    expect(events).toHaveLength(3);
  });
});
