/**
 * The 5-try lock on 初期登録用のパスワード (spec §3 step 4): exact under concurrency, reset by a
 * correct answer, not counted for format errors, and refusing expired tickets. Hashes from before
 * decision 0023 (scrypt) still check, and a correct answer replaces them with the keyed form.
 */
import { expect, it, vi } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { addHolder, expireTicketsFor, insertHolder, issueTicketFor, parseHolderInput } from '@/lib/operator/holders';
import { legacyScryptHash } from '@/lib/security/secrets';
import { lookupTicket } from '@/lib/tickets/lookup';
import { attemptPassword, type PasswordResult } from '@/lib/tickets/password';
import { describeEachEngine, holderInput } from './databases';

// The keyed check takes microseconds: to re-issue *while* guesses are being checked, the test can
// hold the check open for a moment (`slow.ms`), as the former scrypt did for ~100 ms.
const slow = vi.hoisted(() => ({ ms: 0 }));
vi.mock('@/lib/security/secrets', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/security/secrets')>();
  return {
    ...real,
    verifyBirthDate: async (isoDate: string, stored: string) => {
      if (slow.ms) await new Promise((resolve) => setTimeout(resolve, slow.ms));
      return real.verifyBirthDate(isoDate, stored);
    },
  };
});

const BIRTH_DATE = '1980-04-01';
const ip = { ip: '192.0.2.1' };

describeEachEngine('password lockout', (t) => {
  async function newTicket() {
    const input = holderInput({ birthDate: BIRTH_DATE });
    await addHolder(input);
    const issued = await issueTicketFor(input.personId);
    const found = await lookupTicket(issued.code);
    if (!found.ok) throw new Error(`fresh ticket not usable: ${found.code}`);
    return { personId: input.personId, ticketId: found.ticket.id, code: issued.code };
  }

  async function ticketRow(ticketId: string) {
    return t.db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow();
  }

  it('50 concurrent wrong guesses count exactly 5 and lock the ticket for good', { timeout: 120_000 }, async () => {
    const { ticketId } = await newTicket();
    // All different real dates, all wrong.
    const guesses = Array.from({ length: 50 }, (_, i) => `1970-01-${String((i % 28) + 1).padStart(2, '0')}`);
    const results: PasswordResult[] = await Promise.all(guesses.map((g) => attemptPassword(ticketId, g, ip)));

    for (const r of results) expect(['password.wrong', 'qr.locked']).toContain(r.ok ? 'ok' : r.code);
    const wrong = results.filter((r) => !r.ok && r.code === 'password.wrong');
    // Counted attempts 1–4 report what is left; the 5th and every later one report the lock.
    expect(wrong.length).toBe(4);
    expect(wrong.map((r) => (r.ok || r.code !== 'password.wrong' ? -1 : r.remaining)).sort()).toEqual([1, 2, 3, 4]);

    const row = await ticketRow(ticketId);
    expect(row.failed_attempts).toBe(5);
    expect(row.state).toBe('locked');
    expect(row.locked_at).not.toBeNull();

    const fails = await t.db
      .selectFrom('audit_events')
      .select(['detail'])
      .where('ticket_id', '=', ticketId)
      .where('type', '=', 'password.check')
      .where('outcome', '=', 'fail')
      .execute();
    expect(fails.length).toBe(5);
    expect(fails.map((f) => (JSON.parse(f.detail) as { attempts: number }).attempts).sort()).toEqual([1, 2, 3, 4, 5]);
    const locks = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('ticket_id', '=', ticketId)
      .where('type', '=', 'ticket.locked')
      .execute();
    expect(locks.length).toBe(1);

    // The right birth date no longer helps.
    expect(await attemptPassword(ticketId, BIRTH_DATE, ip)).toEqual({ ok: false, code: 'qr.locked' });
    expect(await attemptPassword(ticketId, '19800401', ip)).toEqual({ ok: false, code: 'qr.locked' });
    expect((await ticketRow(ticketId)).failed_attempts).toBe(5);
    const oks = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('ticket_id', '=', ticketId)
      .where('type', '=', 'password.check')
      .where('outcome', '=', 'ok')
      .execute();
    expect(oks.length).toBe(0);
  });

  it('counts wrong guesses one by one and tells the remaining attempts', async () => {
    const { ticketId, code } = await newTicket();
    for (let i = 1; i <= 4; i++) {
      expect(await attemptPassword(ticketId, '1970-01-01', ip)).toEqual({
        ok: false,
        code: 'password.wrong',
        remaining: 5 - i,
      });
    }
    expect(await attemptPassword(ticketId, '1970-01-01', ip)).toEqual({ ok: false, code: 'qr.locked' });
    expect(await lookupTicket(code)).toMatchObject({ ok: false, code: 'qr.locked' });
  });

  it('a correct birth date resets the count (the lock needs 5 consecutive wrong ones)', async () => {
    const { ticketId } = await newTicket();
    for (let i = 0; i < 4; i++) await attemptPassword(ticketId, '1970-01-01', ip);
    expect((await ticketRow(ticketId)).failed_attempts).toBe(4);

    // Any accepted spelling of the right date.
    expect(await attemptPassword(ticketId, '１９８０年４月１日', ip)).toEqual({ ok: true });
    const row = await ticketRow(ticketId);
    expect(row.failed_attempts).toBe(0);
    expect(row.state).toBe('active');

    for (let i = 0; i < 4; i++) await attemptPassword(ticketId, '1970-01-01', ip);
    expect((await ticketRow(ticketId)).state).toBe('active');
    expect(await attemptPassword(ticketId, '1980/04/01', ip)).toEqual({ ok: true });
  });

  it('input that is not a real date is a format error and does not count', async () => {
    const { ticketId } = await newTicket();
    await attemptPassword(ticketId, '1970-01-01', ip);
    for (const input of [
      '',
      'abc',
      '1980-02-30',
      '19801301',
      '1899-12-31',
      '2999-01-01',
      '1980/04/01/01',
      '9'.repeat(100),
    ]) {
      expect(await attemptPassword(ticketId, input, ip)).toEqual({ ok: false, code: 'password.format' });
    }
    const row = await ticketRow(ticketId);
    expect(row.failed_attempts).toBe(1);
    expect(row.state).toBe('active');
    const events = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('ticket_id', '=', ticketId)
      .where('type', '=', 'password.check')
      .execute();
    expect(events.length).toBe(1);
  });

  it('an expired ticket refuses, with the right birth date and without counting', async () => {
    const { ticketId, personId } = await newTicket();
    // Past its expiry time while still marked active …
    const later = (await ticketRow(ticketId)).expires_at + 1;
    expect(await attemptPassword(ticketId, BIRTH_DATE, ip, later)).toEqual({ ok: false, code: 'qr.expired' });
    expect(await attemptPassword(ticketId, '1970-01-01', ip, later)).toEqual({ ok: false, code: 'qr.expired' });
    expect((await ticketRow(ticketId)).failed_attempts).toBe(0);
    // … and ended by the operator.
    expect(await expireTicketsFor(personId)).toEqual({ personId, expired: 1 });
    expect(await attemptPassword(ticketId, BIRTH_DATE, ip)).toEqual({ ok: false, code: 'qr.expired' });
    expect(await attemptPassword(ticketId, '1970-01-01', ip)).toEqual({ ok: false, code: 'qr.expired' });
    const row = await ticketRow(ticketId);
    expect(row.failed_attempts).toBe(0);
    expect(row.state).toBe('expired');
  });

  it('a ticket superseded while guesses are being checked says superseded, not locked', async () => {
    const { ticketId, personId } = await newTicket();
    // The guesses read the open ticket and are being checked when the re-issue lands.
    slow.ms = 200;
    const guesses = [attemptPassword(ticketId, '1970-01-01', ip), attemptPassword(ticketId, BIRTH_DATE, ip)];
    await issueTicketFor(personId);
    const results = await Promise.all(guesses);
    slow.ms = 0;
    expect(results).toEqual([
      { ok: false, code: 'qr.superseded' },
      { ok: false, code: 'qr.superseded' },
    ]);
    expect((await ticketRow(ticketId)).failed_attempts).toBe(0);
  });

  it('a scrypt hash from before still checks; the correct date replaces it with the keyed one', async () => {
    const input = holderInput({ birthDate: BIRTH_DATE });
    const legacy = await legacyScryptHash(BIRTH_DATE);
    const id = await withTransaction((tx) => insertHolder(tx, parseHolderInput(input), legacy, 'operator:test', false));
    const { code } = await issueTicketFor(input.personId);
    const found = await lookupTicket(code);
    if (!found.ok) throw new Error(found.code);
    const hash = async () =>
      (await t.db.selectFrom('holders').select('birth_date_hash').where('id', '=', id).executeTakeFirstOrThrow())
        .birth_date_hash;
    expect(await attemptPassword(found.ticket.id, '1970-01-01', ip)).toMatchObject({ code: 'password.wrong' });
    expect(await hash()).toBe(legacy);
    expect(await attemptPassword(found.ticket.id, BIRTH_DATE, ip)).toEqual({ ok: true });
    const rehashed = await hash();
    expect(rehashed).toMatch(/^hmac-sha256\$/);
    expect(await attemptPassword(found.ticket.id, BIRTH_DATE, ip)).toEqual({ ok: true });
    expect(await hash()).toBe(rehashed);
  });

  it('a superseded ticket refuses and an unknown ticket id is unknown', async () => {
    const { ticketId, personId } = await newTicket();
    await issueTicketFor(personId);
    expect(await attemptPassword(ticketId, BIRTH_DATE, ip)).toEqual({ ok: false, code: 'qr.superseded' });
    expect(await attemptPassword('00000000-0000-0000-0000-000000000000', BIRTH_DATE, ip)).toEqual({
      ok: false,
      code: 'qr.unknown',
    });
  });
});
