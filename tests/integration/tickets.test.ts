/**
 * Registration tickets (spec §2, §3 step 3, §7, §10): re-issue supersedes older open tickets, the
 * lookup says why a code cannot be used, codes are stored only hashed, and the operator view never
 * shows a hash, code or birth date.
 */
import { expect, it } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { addHolder, expireTicketsFor, issueTicketFor, showHolder } from '@/lib/operator/holders';
import { generateRegistrationCode } from '@/lib/normalize/registration-code-generate';
import { hashRegistrationCode } from '@/lib/security/secrets';
import { issueTicket } from '@/lib/tickets/issue';
import { lookupTicket } from '@/lib/tickets/lookup';
import { attemptPassword } from '@/lib/tickets/password';
import { describeEachEngine, holderInput, TEST_ORIGIN } from './databases';

const DAY = 24 * 60 * 60 * 1000;

describeEachEngine('tickets', (t) => {
  async function newHolder() {
    const input = holderInput({ birthDate: '1975-12-31' });
    const added = await addHolder(input);
    return { ...added, input };
  }

  const ticketsOf = (holderId: string) =>
    t.db.selectFrom('tickets').selectAll().where('holder_id', '=', holderId).orderBy('issued_at').execute();

  it('issues a ticket the operator can print: code, URL, holder, expiry', async () => {
    const h = await newHolder();
    const before = Date.now();
    const issued = await issueTicketFor(h.personId, { ttlDays: 30 });
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{20}$/);
    expect(issued.url).toBe(`${TEST_ORIGIN}/r/${issued.code}`);
    expect(issued.personId).toBe(h.personId);
    expect(issued.cardId).toBe(h.cardId);
    const expires = Date.parse(issued.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * DAY);

    const found = await lookupTicket(issued.code);
    expect(found.ok).toBe(true);
    if (found.ok) {
      expect(found.ticket.holder_id).toBe(h.id);
      expect(found.ticket.state).toBe('active');
      expect(found.ticket.expires_at).toBe(expires);
    }
  });

  it('a new ticket supersedes the older open ones', async () => {
    const h = await newHolder();
    const first = await issueTicketFor(h.personId);
    const second = await issueTicketFor(h.personId);
    const third = await issueTicketFor(h.personId);

    expect(await lookupTicket(first.code)).toMatchObject({ ok: false, code: 'qr.superseded' });
    expect(await lookupTicket(second.code)).toMatchObject({ ok: false, code: 'qr.superseded' });
    expect(await lookupTicket(third.code)).toMatchObject({ ok: true });

    const rows = await ticketsOf(h.id);
    expect(rows.map((r) => r.state).sort()).toEqual(['active', 'superseded', 'superseded']);
    for (const r of rows.filter((x) => x.state === 'superseded')) expect(r.superseded_at).not.toBeNull();

    const shown = await showHolder(h.personId);
    expect(shown.tickets.map((x) => x.state).sort()).toEqual(['active', 'superseded', 'superseded']);
  });

  it('supersedes a used ticket too, but leaves locked and expired ones as they are', async () => {
    const h = await newHolder();
    const stateOf = async (code: string) =>
      (
        await t.db
          .selectFrom('tickets')
          .select('state')
          .where('code_hash', '=', hashRegistrationCode(code))
          .executeTakeFirstOrThrow()
      ).state;

    const locked = await issueTicketFor(h.personId);
    const lockedTicket = await lookupTicket(locked.code);
    if (!lockedTicket.ok) throw new Error('expected an open ticket');
    for (let i = 0; i < 5; i++) await attemptPassword(lockedTicket.ticket.id, '1970-01-01', { ip: null });
    expect(await lookupTicket(locked.code)).toMatchObject({ ok: false, code: 'qr.locked' });

    const used = await issueTicketFor(h.personId);
    await t.db
      .updateTable('tickets')
      .set({ state: 'used', used_at: Date.now() })
      .where('code_hash', '=', hashRegistrationCode(used.code))
      .execute();
    expect(await lookupTicket(used.code)).toMatchObject({ ok: true });

    const third = await issueTicketFor(h.personId);
    expect(await stateOf(locked.code)).toBe('locked');
    expect(await stateOf(used.code)).toBe('superseded');
    expect(await lookupTicket(locked.code)).toMatchObject({ ok: false, code: 'qr.locked' });
    expect(await lookupTicket(used.code)).toMatchObject({ ok: false, code: 'qr.superseded' });

    await expireTicketsFor(h.personId);
    const last = await issueTicketFor(h.personId);
    expect(await stateOf(third.code)).toBe('expired');
    expect(await stateOf(locked.code)).toBe('locked');
    expect(await stateOf(last.code)).toBe('active');
    expect(await lookupTicket(third.code)).toMatchObject({ ok: false, code: 'qr.expired' });
    expect(await lookupTicket(last.code)).toMatchObject({ ok: true });
  });

  it('concurrent issues for one holder leave exactly one open ticket', async () => {
    const h = await newHolder();
    const issued = await Promise.all(Array.from({ length: 10 }, () => issueTicketFor(h.personId)));
    const rows = await ticketsOf(h.id);
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => r.state === 'active')).toHaveLength(1);
    const open = await Promise.all(issued.map((i) => lookupTicket(i.code)));
    expect(open.filter((r) => r.ok)).toHaveLength(1);
    expect(open.filter((r) => !r.ok && r.code === 'qr.superseded')).toHaveLength(9);
  });

  it('lookup tells unknown, expired, locked and superseded codes apart', async () => {
    const h = await newHolder();
    expect(await lookupTicket(generateRegistrationCode())).toEqual({ ok: false, code: 'qr.unknown' });
    expect(await lookupTicket('')).toEqual({ ok: false, code: 'qr.unknown' });

    // Expired by time (still marked active) …
    const now = Date.now();
    const old = await withTransaction((tx, engine) =>
      issueTicket(tx, engine, { holderId: h.id, ttlDays: 1, actor: 'operator:test', now: now - 2 * DAY }),
    );
    expect(await lookupTicket(old.code)).toMatchObject({ ok: false, code: 'qr.expired' });
    // … exactly at its expiry …
    const fresh = await issueTicketFor(h.personId, { ttlDays: 1 });
    const expiresAt = Date.parse(fresh.expiresAt);
    expect(await lookupTicket(fresh.code, expiresAt - 1)).toMatchObject({ ok: true });
    expect(await lookupTicket(fresh.code, expiresAt)).toMatchObject({ ok: false, code: 'qr.expired' });
    // … and ended by the operator.
    expect(await expireTicketsFor(h.personId)).toEqual({ personId: h.personId, expired: 1 });
    expect(await lookupTicket(fresh.code)).toMatchObject({ ok: false, code: 'qr.expired' });
    expect(await expireTicketsFor(h.personId)).toEqual({ personId: h.personId, expired: 0 });

    const lockedCode = (await issueTicketFor(h.personId)).code;
    const found = await lookupTicket(lockedCode);
    if (!found.ok) throw new Error('expected an open ticket');
    for (let i = 0; i < 5; i++) await attemptPassword(found.ticket.id, '1970-01-01', { ip: null });
    expect(await lookupTicket(lockedCode)).toMatchObject({ ok: false, code: 'qr.locked' });

    const a = await issueTicketFor(h.personId);
    await issueTicketFor(h.personId);
    expect(await lookupTicket(a.code)).toMatchObject({ ok: false, code: 'qr.superseded' });
  });

  it('operator errors: unknown holder, bad 本人ID, bad ttl', async () => {
    await expect(issueTicketFor('9999999999')).rejects.toThrow(/no holder with 本人ID 9999999999/);
    await expect(issueTicketFor('123')).rejects.toThrow(/10 digits/);
    const h = await newHolder();
    for (const ttlDays of [0, 366, 1.5, -1]) {
      await expect(issueTicketFor(h.personId, { ttlDays })).rejects.toThrow(/ttl-days/);
    }
    expect(await ticketsOf(h.id)).toHaveLength(0);
  });

  it('stores codes only hashed: the plain code is nowhere in the database', async () => {
    const h = await newHolder();
    const codes = [(await issueTicketFor(h.personId)).code, (await issueTicketFor(h.personId)).code];
    const tickets = await ticketsOf(h.id);
    const audit = await t.db.selectFrom('audit_events').selectAll().where('holder_id', '=', h.id).execute();
    const holders = await t.db.selectFrom('holders').selectAll().where('id', '=', h.id).execute();
    const dump = JSON.stringify([tickets, audit, holders]);
    for (const code of codes) {
      expect(dump).not.toContain(code);
      expect(dump.toLowerCase()).not.toContain(code.toLowerCase());
      expect(tickets.some((r) => r.code_hash === hashRegistrationCode(code))).toBe(true);
    }
    for (const r of tickets) expect(r.code_hash).toMatch(/^[0-9a-f]{64}$/);
    // Nor is the birth date.
    expect(dump).not.toContain('1975-12-31');
    expect(dump).not.toContain('19751231');
    expect(holders[0]?.birth_date_hash).toMatch(/^hmac-sha256\$/);
  });

  it('showHolder never returns a hash, code or birth date', async () => {
    const h = await newHolder();
    const { code } = await issueTicketFor(h.personId);
    await issueTicketFor(h.personId);
    const holderRow = await t.db.selectFrom('holders').selectAll().where('id', '=', h.id).executeTakeFirstOrThrow();
    const hashes = (await ticketsOf(h.id)).map((r) => r.code_hash);

    const shown = await showHolder(h.personId);
    const text = JSON.stringify(shown);
    expect(shown.holder.personId).toBe(h.personId);
    expect(shown.tickets).toHaveLength(2);
    expect(text).not.toContain(code);
    for (const hash of hashes) expect(text).not.toContain(hash);
    expect(text).not.toContain(holderRow.birth_date_hash);
    expect(text).not.toContain('scrypt');
    expect(text).not.toContain('hmac-sha256');
    expect(text).not.toContain('1975-12-31');
    expect(text).not.toContain('19751231');
    expect(text).not.toMatch(/hash|birth|code/i);
  });
});
