/**
 * Unauthenticated requests cannot make the database grow without bound (issue 11 #6): a refused or
 * unknown code leaves no flow row (its message travels as a catalogue code in the redirect), and
 * flow creation is limited per address. A stranger holding a code cannot keep the doctor out
 * (#11): per ticket, only refused opens count.
 */
import { randomInt } from 'node:crypto';
import { NextRequest, type NextResponse } from 'next/server';
import { expect, it } from 'vitest';
import { POST as enterCode } from '@/app/api/flow/code/route';
import { acceptCode } from '@/lib/flow/code';
import { openDeepLink } from '@/lib/flow/deep-link';
import { agreeToTerms } from '@/lib/flow/entry';
import { qrEntryWithNotice } from '@/lib/flow/notice';
import { stampedAddress } from '@/lib/http/client-ip';
import { COOKIES } from '@/lib/http/cookies';
import { addHolder, expireTicketsFor, issueTicketFor } from '@/lib/operator/holders';
import { RULES } from '@/lib/security/rate-limit';
import { TEST_ORIGIN, describeEachEngine, holderInput, countRows } from './databases';

const FLOW_COOKIE = COOKIES.flow.name;

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const randomCode = () => Array.from({ length: 20 }, () => CROCKFORD[randomInt(CROCKFORD.length)]).join('');

/** How the server sees a request from `ip` (the start script sets the address header). */
function get(path: string, ip: string): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}${path}`, { headers: stampedAddress(ip) });
}

function post(path: string, form: Record<string, string>, ip: string): NextRequest {
  return new NextRequest(`${TEST_ORIGIN}${path}`, {
    method: 'POST',
    headers: { origin: TEST_ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...stampedAddress(ip) },
    body: new URLSearchParams(form).toString(),
  });
}

/** Where a 303 leads, as path and query. */
function location(res: NextResponse): string {
  expect(res.status).toBe(303);
  const to = new URL(res.headers.get('location') ?? '');
  expect(to.origin).toBe(TEST_ORIGIN);
  return to.pathname + to.search;
}

const flowCookie = (res: NextResponse) => res.cookies.get(FLOW_COOKIE)?.value || null;

describeEachEngine('rows from unauthenticated requests', (t) => {
  const count = (table: 'flows' | 'audit_events') => countRows(t.db, table);

  async function newTicket() {
    const input = holderInput();
    await addHolder(input);
    const issued = await issueTicketFor(input.personId);
    return { personId: input.personId, code: issued.code };
  }

  it('200 refused opens of /r/<code> add no flow row; each lands on QR entry with its own message', async () => {
    const expired = await newTicket();
    await expireTicketsFor(expired.personId);
    const superseded = await newTicket();
    await issueTicketFor(superseded.personId);
    const kinds = [
      { code: () => randomCode(), notice: 'qr.unknown' },
      { code: () => 'ABC', notice: 'qr.codeFormat' },
      { code: () => expired.code, notice: 'qr.expired' },
      { code: () => superseded.code, notice: 'qr.superseded' },
    ] as const;
    const flowsBefore = await count('flows');
    const auditBefore = await count('audit_events');

    // Five addresses, 40 opens each: the first 20 are looked up, the rest refused by the per-IP limit.
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const kind = kinds[i % kinds.length]!;
      const code = kind.code();
      const res = await openDeepLink(get(`/r/${code}`, `198.51.100.${i % 5}`), code);
      const to = location(res);
      expect(to).not.toContain(code);
      expect([qrEntryWithNotice(kind.notice), qrEntryWithNotice('rate.limited')]).toContain(to);
      expect(flowCookie(res)).toBeNull();
      seen.add(to);
    }
    expect(seen).toContain(qrEntryWithNotice('rate.limited'));
    expect(seen.size).toBe(kinds.length + 1);
    expect(await count('flows')).toBe(flowsBefore);
    // Audit events are bounded too: only looked-up codes are recorded (20 per address).
    expect(await count('audit_events')).toBeLessThanOrEqual(auditBefore + 5 * RULES.codeLookupPerIp.limit);
  });

  it('QR entry with no flow behind it: a refused code stores nothing, the right one starts a flow', async () => {
    const { code } = await newTicket();
    const flowsBefore = await count('flows');
    const refused = await enterCode(post('/api/flow/code', { code: 'ABC' }, '198.51.100.20'));
    expect(location(refused)).toBe(qrEntryWithNotice('qr.codeFormat'));
    expect(flowCookie(refused)).toBeNull();
    expect(await count('flows')).toBe(flowsBefore);

    const accepted = await enterCode(post('/api/flow/code', { code }, '198.51.100.20'));
    expect(location(accepted)).toBe('/');
    expect(flowCookie(accepted)).toBeTruthy();
    expect(await count('flows')).toBe(flowsBefore + 1);
  });

  it('flow creation is limited per address; over the limit nothing is stored', async () => {
    const ip = '198.51.100.30';
    const { limit } = RULES.flowCreationPerIp;
    const before = await count('flows');
    const answers: NextResponse[] = [];
    for (let i = 0; i < limit + 5; i++) answers.push(await agreeToTerms(post('/api/flow/terms', { agree: 'yes' }, ip)));
    expect(await count('flows')).toBe(before + limit);
    for (const res of answers.slice(0, limit)) {
      expect(location(res)).toBe('/start');
      expect(flowCookie(res)).toBeTruthy();
    }
    for (const res of answers.slice(limit)) {
      expect(location(res)).toBe('/?notice=rate.limited');
      expect(flowCookie(res)).toBeNull();
    }

    // The deep link of a usable ticket creates a flow too: the same limit applies.
    const { code } = await newTicket();
    const link = await openDeepLink(get(`/r/${code}`, ip), code);
    expect(location(link)).toBe(qrEntryWithNotice('rate.limited'));
    expect(flowCookie(link)).toBeNull();
    expect(await count('flows')).toBe(before + limit);

    // Another address is not affected.
    const other = await openDeepLink(get(`/r/${code}`, '198.51.100.31'), code);
    expect(location(other)).toBe('/');
    expect(await count('flows')).toBe(before + limit + 1);
  });

  it('opens of a usable code by others never keep the doctor out', async () => {
    const { code } = await newTicket();
    // More opens than the old per-ticket limit (30 an hour), each from its own address.
    for (let i = 0; i < 40; i++) {
      expect(await acceptCode(code, `203.0.113.${i}`), `open ${i + 1}`).toMatchObject({ event: 'ticketAccepted' });
    }
    const doctor = await openDeepLink(get(`/r/${code}`, '192.0.2.10'), code);
    expect(location(doctor)).toBe('/');
  });

  it('refused opens of a dead ticket keep their own message; per ticket they are audited up to the limit', async () => {
    const { personId, code } = await newTicket();
    await expireTicketsFor(personId);
    const ticket = await t.db
      .selectFrom('tickets')
      .innerJoin('holders', 'holders.id', 'tickets.holder_id')
      .select('tickets.id')
      .where('holders.person_id', '=', personId)
      .executeTakeFirstOrThrow();
    const { limit } = RULES.refusedOpenPerTicket;
    for (let i = 0; i < limit + 10; i++) {
      expect(await acceptCode(code, `203.0.113.${100 + i}`)).toEqual({ notice: { code: 'qr.expired' } });
    }
    const opened = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('ticket_id', '=', ticket.id)
      .where('type', '=', 'ticket.opened')
      .execute();
    expect(opened).toHaveLength(limit);
  });
});
