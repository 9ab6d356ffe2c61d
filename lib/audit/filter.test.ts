import { describe, expect, it } from 'vitest';
import { auditQueryString, parseAuditQuery, tokyoIso, tokyoTimeRange } from './filter';

const ID = '0c6f4a7e-2b7d-4e5a-9d7c-3f1b2a6c8e90';

describe('the audit log filter', () => {
  it('reads times as Japan time, both ends inclusive of what was typed', () => {
    // 2026-12-03 00:00 in Tokyo is 2026-12-02 15:00 UTC.
    expect(tokyoTimeRange('2026-12-03')).toEqual([Date.UTC(2026, 11, 2, 15), Date.UTC(2026, 11, 3, 15)]);
    expect(tokyoTimeRange('2026-12-03T09:30')).toEqual([Date.UTC(2026, 11, 3, 0, 30), Date.UTC(2026, 11, 3, 0, 31)]);
    expect(tokyoTimeRange('2026-12-03T09:30:05')?.[1]).toBe(Date.UTC(2026, 11, 3, 0, 30, 6));
    for (const bad of ['2026-02-30', '2026-13-01', '2026-12-03T24:00', '3/12/2026', '2026-12-3', '20261203', ''])
      expect(tokyoTimeRange(bad), bad).toBeNull();
    expect(tokyoIso(Date.UTC(2026, 11, 2, 15))).toBe('2026-12-03T00:00:00.000+09:00');
  });

  it('turns a valid query into a filter', () => {
    const parsed = parseAuditQuery({
      from: '2026-12-01',
      to: '2026-12-03T18:00',
      holder: '１２３４-５６７８９０',
      actor: 'staff',
      type: 'ticket.issued',
      outcome: 'ok',
      sandbox: '1',
      after: `1764700000000.${ID}`,
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.filter).toEqual({
      from: Date.UTC(2026, 10, 30, 15),
      to: Date.UTC(2026, 11, 3, 9, 1),
      holder: '１２３４-５６７８９０',
      actor: { prefix: 'staff:' },
      type: 'ticket.issued',
      outcome: 'ok',
      sandbox: true,
    });
    expect(parsed.page).toEqual({ after: { at: 1764700000000, id: ID } });
    expect(parseAuditQuery({ actor: `staff:${ID}` })).toMatchObject({ filter: { actor: { exact: `staff:${ID}` } } });
    expect(parseAuditQuery({ actor: 'operator:cli' })).toMatchObject({ filter: { actor: { exact: 'operator:cli' } } });
  });

  it('treats the empty fields a GET form sends as absent', () => {
    const parsed = parseAuditQuery(new URLSearchParams('from=&to=&holder=&actor=&type=&outcome='));
    expect(parsed).toMatchObject({ ok: true, filter: { sandbox: false }, values: {} });
    if (parsed.ok) expect(Object.values(parsed.filter).filter((v) => v !== undefined)).toEqual([false]);
  });

  it('answers a catalogue code for anything it cannot read, and keeps the typed values for the form', () => {
    const code = (q: string) => {
      const parsed = parseAuditQuery(new URLSearchParams(q));
      return parsed.ok ? 'ok' : parsed.code;
    };
    expect(code('from=yesterday')).toBe('staff.auditDateInvalid');
    expect(code('to=2026-02-30')).toBe('staff.auditDateInvalid');
    expect(code('from=2026-12-03&to=2026-12-02')).toBe('staff.auditRangeInvalid');
    expect(code('from=2026-12-03T10:00&to=2026-12-03T10:00')).toBe('ok');
    expect(code('holder=山田')).toBe('staff.auditHolderInvalid');
    expect(code('type=drop table')).toBe('staff.auditFilterInvalid');
    expect(code('actor=staff:%27%20or%201=1')).toBe('staff.auditFilterInvalid');
    expect(code('outcome=maybe')).toBe('staff.auditFilterInvalid');
    expect(code('sandbox=yes')).toBe('staff.auditFilterInvalid');
    expect(code('after=12.not-an-id')).toBe('staff.auditFilterInvalid');
    expect(code(`after=1.${ID}&before=2.${ID}`)).toBe('staff.auditFilterInvalid');
    expect(code('type=ticket.issued&type=ticket.locked')).toBe('staff.auditFilterInvalid');
    expect(code(`holder=${'1'.repeat(5000)}`)).toBe('staff.auditFilterInvalid');
    const bad = parseAuditQuery({ from: 'yesterday', type: 'ticket.issued' });
    expect(bad).toEqual({
      ok: false,
      code: 'staff.auditDateInvalid',
      values: { from: 'yesterday', type: 'ticket.issued' },
    });
  });

  it('builds paging links that keep the filters', () => {
    expect(auditQueryString({ type: 'ticket.issued', sandbox: '1' }, { after: { at: 5, id: ID } })).toBe(
      `?type=ticket.issued&sandbox=1&after=5.${ID}`,
    );
    expect(auditQueryString({})).toBe('');
    const round = parseAuditQuery(new URLSearchParams(auditQueryString({ holder: 'a b&c' }).slice(1)));
    expect(round.values.holder).toBe('a b&c');
  });
});
