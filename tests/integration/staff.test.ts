/**
 * Staff accounts and sign-in (issue 8 part 1) against a real database: the enrolment link is used
 * once under concurrency and stores a staff passkey (never a row of `credentials`), sign-in opens a
 * server-side session with its idle and absolute limits, disabling an account ends its sessions,
 * and the guard reads the session of the request's cookie.
 */
import { expect, it, vi } from 'vitest';
import { rpConfig } from '@/lib/binding/rp';
import { withTransaction } from '@/lib/db/client';
import {
  completeEnrolment,
  enrolmentOptions,
  reauthOptions,
  staffSignInOptions,
  verifyReauth,
  verifyStaffSignIn,
} from '@/lib/auth/staff-passkeys';
import { signOutStaff } from '@/lib/auth/staff-sign-out';
import { addStaff } from '@/lib/staff/accounts';
import { addStaffMember, disableStaffMember } from '@/lib/staff/manage';
import { openEnrolment } from '@/lib/staff/enrolments';
import { ENROLMENT_TTL_MS, FRESH_AUTH_MS, SESSION_IDLE_MS, SESSION_MAX_MS } from '@/lib/staff/policy';
import { liveSession } from '@/lib/staff/sessions';
import { newToken } from '@/lib/security/secrets';
import { SoftPasskey } from '@/tests/support/soft-passkey';
import { countRows, describeEachEngine } from './databases';

/** The cookie the guard reads: set per test through this holder. */
const cookie = vi.hoisted(() => ({ value: undefined as string | undefined }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (name === 'hpki_staff' && cookie.value ? { value: cookie.value } : undefined),
  }),
}));
const { requireFreshStaff, requireStaff } = await import('@/lib/authz/guard');

let ipSerial = 0;
/** A documentation-range address per call, so the per-IP limit never couples tests. */
const ip = () => `2001:db8:5::${(++ipSerial).toString(16)}`;

function passkeyFor(staffId: string) {
  const { rpId, origins } = rpConfig();
  return new SoftPasskey({ rpId, origin: origins[0] ?? '' }, staffId);
}

async function newStaff(role: 'admin' | 'support' = 'admin', now = Date.now()) {
  return withTransaction((tx) => addStaff(tx, { name: `職員 ${ipSerial}`, role }, 'operator:test', now));
}

/** Enrols a new account with a software passkey: what the enrolment page does. */
async function enrolled(role: 'admin' | 'support' = 'admin') {
  const added = await newStaff(role);
  const options = await enrolmentOptions(added.token, ip());
  if (!options.ok) throw new Error(options.code);
  const passkey = passkeyFor(added.staffId);
  const done = await completeEnrolment({
    token: added.token,
    response: passkey.registration(options.options.challenge),
    ip: ip(),
  });
  if (!done.ok) throw new Error(done.code);
  return { ...added, passkey, sessionToken: done.sessionToken };
}

async function signIn(passkey: SoftPasskey, now?: number) {
  const attempt = newToken();
  const options = await staffSignInOptions(attempt, ip());
  if (!options.ok) throw new Error(options.code);
  return verifyStaffSignIn({
    attemptToken: attempt,
    response: passkey.assertion(options.options.challenge),
    ip: ip(),
    now,
  });
}

describeEachEngine('staff enrolment', (t) => {
  it('stores a staff passkey (not a doctor credential), uses the link up and opens a session', async () => {
    const doctorCredentials = await t.db.selectFrom('credentials').select('id').execute();
    const { staffId, token, sessionToken } = await enrolled();
    const stored = await t.db.selectFrom('staff_credentials').selectAll().where('staff_id', '=', staffId).execute();
    expect(stored).toHaveLength(1);
    expect(await t.db.selectFrom('credentials').select('id').execute()).toEqual(doctorCredentials);
    expect(await openEnrolment(token)).toEqual({ ok: false, reason: 'used' });
    expect(await liveSession(sessionToken)).toMatchObject({ staffId, role: 'admin' });
    const events = await t.db
      .selectFrom('audit_events')
      .select(['type', 'outcome', 'actor'])
      .where('type', 'like', 'staff.%')
      .execute();
    expect(events).toContainEqual({ type: 'staff.enrolled', outcome: 'ok', actor: `staff:${staffId}` });
  });

  it('refuses a used, unknown, expired or disabled-account link and changes nothing', async () => {
    const { token } = await enrolled();
    expect(await enrolmentOptions(token, ip())).toEqual({ ok: false, code: 'staff.enrolmentUsed' });
    expect(await enrolmentOptions(newToken(), ip())).toEqual({ ok: false, code: 'staff.enrolmentUnknown' });

    const old = await newStaff('support', Date.now() - ENROLMENT_TTL_MS - 1000);
    expect(await enrolmentOptions(old.token, ip())).toEqual({ ok: false, code: 'staff.enrolmentExpired' });

    const gone = await newStaff('support');
    expect((await disableStaffMember(gone.staffId, 'operator:test')).ok).toBe(true);
    const before = await t.db.selectFrom('staff_credentials').select('id').execute();
    const passkey = passkeyFor(gone.staffId);
    const answer = await completeEnrolment({ token: gone.token, response: passkey.registration('x'), ip: ip() });
    expect(answer).toEqual({ ok: false, code: 'staff.enrolmentDisabled' });
    const refused = await t.db
      .selectFrom('audit_events')
      .select(['outcome', 'detail'])
      .where('type', '=', 'staff.enrolled')
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(refused).toEqual({ outcome: 'fail', detail: JSON.stringify({ reason: 'enrolment-disabled' }) });
    expect(await t.db.selectFrom('staff_credentials').select('id').execute()).toEqual(before);
  });

  it('a forged registration is refused and the link stays usable', async () => {
    const added = await newStaff();
    const options = await enrolmentOptions(added.token, ip());
    if (!options.ok) throw new Error(options.code);
    const wrongChallenge = passkeyFor(added.staffId).registration('bm90LXRoZS1jaGFsbGVuZ2U');
    expect(await completeEnrolment({ token: added.token, response: wrongChallenge, ip: ip() })).toEqual({
      ok: false,
      code: 'staff.passkeyInvalid',
    });
    expect((await openEnrolment(added.token)).ok).toBe(true);
  });

  it('of 20 concurrent enrolments with one link exactly one stores a passkey', async () => {
    const added = await newStaff();
    const options = await enrolmentOptions(added.token, ip());
    if (!options.ok) throw new Error(options.code);
    const responses = Array.from({ length: 20 }, () =>
      passkeyFor(added.staffId).registration(options.options.challenge),
    );
    const answers = await Promise.all(
      responses.map((response) => completeEnrolment({ token: added.token, response, ip: ip() })),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    for (const a of answers.filter((x) => !x.ok)) expect(a).toEqual({ ok: false, code: 'staff.enrolmentUsed' });
    const stored = await t.db
      .selectFrom('staff_credentials')
      .select('id')
      .where('staff_id', '=', added.staffId)
      .execute();
    expect(stored).toHaveLength(1);
    const sessions = await t.db
      .selectFrom('staff_sessions')
      .select('id')
      .where('staff_id', '=', added.staffId)
      .execute();
    expect(sessions).toHaveLength(1);
  });
});

describeEachEngine('staff sign-in and sessions', (t) => {
  it('a discoverable sign-in with the staff passkey opens a session; a strange passkey does not', async () => {
    const { staffId, passkey } = await enrolled('support');
    const signedIn = await signIn(passkey);
    expect(signedIn).toMatchObject({ ok: true, staffId });
    const stranger = passkeyFor(staffId);
    const before = await countRows(t.db, 'audit_events');
    expect(await signIn(stranger)).toEqual({ ok: false, code: 'staff.signinFailed' });
    const failed = await t.db
      .selectFrom('audit_events')
      .select(['type', 'outcome', 'actor'])
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    // A failed sign-in proved no one: not 'doctor', nor the account it tried.
    expect(failed).toEqual({ type: 'staff.signin', outcome: 'fail', actor: 'anonymous' });
    expect(await countRows(t.db, 'audit_events')).toBe(before + 1);
  });

  it('a sign-in response cannot be replayed', async () => {
    const { passkey } = await enrolled('support');
    const attempt = newToken();
    const options = await staffSignInOptions(attempt, ip());
    if (!options.ok) throw new Error(options.code);
    const response = passkey.assertion(options.options.challenge);
    expect((await verifyStaffSignIn({ attemptToken: attempt, response, ip: ip() })).ok).toBe(true);
    expect(await verifyStaffSignIn({ attemptToken: attempt, response, ip: ip() })).toEqual({
      ok: false,
      code: 'staff.signinFailed',
    });
  });

  it('ends a session idle for 30 minutes, for good', async () => {
    const { sessionToken } = await enrolled('support');
    const start = Date.now();
    expect(await liveSession(sessionToken, start + SESSION_IDLE_MS - 1000)).not.toBeNull();
    // Seen just now: idle counts from the last request.
    expect(await liveSession(sessionToken, start + 2 * SESSION_IDLE_MS - 2000)).not.toBeNull();
    expect(await liveSession(sessionToken, start + 3 * SESSION_IDLE_MS)).toBeNull();
    expect(await liveSession(sessionToken, start + 3 * SESSION_IDLE_MS + 1)).toBeNull();
    const row = await t.db
      .selectFrom('staff_sessions')
      .select('ended_reason')
      .where('ended_at', 'is not', null)
      .execute();
    expect(row.map((r) => r.ended_reason)).toContain('idle');
  });

  it('ends an active session 8 hours after its sign-in', async () => {
    const { passkey } = await enrolled('support');
    const start = Date.now();
    const signedIn = await signIn(passkey, start);
    if (!signedIn.ok) throw new Error(signedIn.code);
    for (let at = start; at < start + SESSION_MAX_MS; at += SESSION_IDLE_MS / 2) {
      expect(await liveSession(signedIn.sessionToken, at), `at +${(at - start) / 60_000} min`).not.toBeNull();
    }
    expect(await liveSession(signedIn.sessionToken, start + SESSION_MAX_MS)).toBeNull();
  });

  it('sign-out ends the session', async () => {
    const { sessionToken, staffId } = await enrolled('support');
    await signOutStaff(sessionToken, ip());
    expect(await liveSession(sessionToken)).toBeNull();
    const event = await t.db.selectFrom('audit_events').select('actor').where('type', '=', 'staff.signout').execute();
    expect(event).toContainEqual({ actor: `staff:${staffId}` });
  });

  it('disabling an account ends its sessions and its passkey no longer signs in', async () => {
    const { staffId, passkey, sessionToken } = await enrolled('support');
    const second = await signIn(passkey);
    if (!second.ok) throw new Error(second.code);
    expect(await disableStaffMember(staffId, 'operator:test')).toEqual({ ok: true, sessionsEnded: 2 });
    expect(await liveSession(sessionToken)).toBeNull();
    expect(await liveSession(second.sessionToken)).toBeNull();
    expect(await signIn(passkey)).toEqual({ ok: false, code: 'staff.signinFailed' });
    expect(await disableStaffMember(staffId, 'operator:test')).toEqual({ ok: false, code: 'staff.alreadyDisabled' });
  });
});

describeEachEngine('the staff guard and fresh sign-in', (t) => {
  it('reads the session of the cookie: anonymous 401, support 403 on admin actions, admin allowed', async () => {
    cookie.value = undefined;
    expect(await requireStaff('holders.read')).toMatchObject({ ok: false, status: 401 });
    cookie.value = newToken();
    expect(await requireStaff('holders.read')).toMatchObject({ ok: false, status: 401 });
    const support = await enrolled('support');
    cookie.value = support.sessionToken;
    expect(await requireStaff('holders.read')).toMatchObject({ ok: true });
    expect(await requireStaff('staff.manage')).toEqual({ ok: false, status: 403, code: 'staff.forbidden' });
    const admin = await enrolled('admin');
    cookie.value = admin.sessionToken;
    expect(await requireFreshStaff('staff.manage')).toMatchObject({ ok: true, principal: { staffId: admin.staffId } });
  });

  it('asks for re-authentication after 5 minutes, and a passkey of the same account makes it fresh', async () => {
    const admin = await enrolled('admin');
    cookie.value = admin.sessionToken;
    // The sign-in was 6 minutes ago (the session itself is still live: seen just now).
    await t.db
      .updateTable('staff_sessions')
      .set({ authenticated_at: Date.now() - FRESH_AUTH_MS - 60_000 })
      .where('staff_id', '=', admin.staffId)
      .execute();
    expect(await requireFreshStaff('staff.manage')).toEqual({ ok: false, status: 200, code: 'staff.reauthRequired' });
    const session = await liveSession(admin.sessionToken);
    if (!session) throw new Error('no session');
    // Someone else's passkey does not count.
    const other = await enrolled('admin');
    let options = await reauthOptions(session, ip());
    if (!options.ok) throw new Error(options.code);
    const foreign = await verifyReauth({
      session,
      response: other.passkey.assertion(options.options.challenge),
      ip: ip(),
    });
    expect(foreign).toEqual({ ok: false, code: 'staff.signinFailed' });
    expect(await requireFreshStaff('staff.manage')).toMatchObject({ ok: false, code: 'staff.reauthRequired' });
    options = await reauthOptions(session, ip());
    if (!options.ok) throw new Error(options.code);
    const own = await verifyReauth({ session, response: admin.passkey.assertion(options.options.challenge), ip: ip() });
    expect(own).toEqual({ ok: true });
    expect(await requireFreshStaff('staff.manage')).toMatchObject({ ok: true });
  });

  it('admin actions refuse bad input with a catalogue code and write nothing', async () => {
    const before = await countRows(t.db, 'audit_events');
    expect(await addStaffMember({ name: '', role: 'admin' }, 'operator:test')).toMatchObject({
      ok: false,
      code: 'staff.nameInvalid',
    });
    expect(await addStaffMember({ name: '改行\nあり', role: 'admin' }, 'operator:test')).toMatchObject({
      ok: false,
      code: 'staff.nameInvalid',
    });
    expect(await addStaffMember({ name: '名前', role: 'root' }, 'operator:test')).toMatchObject({
      ok: false,
      code: 'request.invalid',
    });
    expect(await disableStaffMember('not-a-uuid', 'operator:test')).toEqual({
      ok: false,
      code: 'staff.unknownAccount',
    });
    expect(await disableStaffMember(crypto.randomUUID(), 'operator:test')).toEqual({
      ok: false,
      code: 'staff.unknownAccount',
    });
    expect(await countRows(t.db, 'audit_events')).toBe(before);
    const self = await newStaff('admin');
    expect(await disableStaffMember(self.staffId, `staff:${self.staffId}`)).toEqual({
      ok: false,
      code: 'staff.cannotDisableSelf',
    });
    // Only the account added just now was audited.
    expect(await countRows(t.db, 'audit_events')).toBe(before + 1);
  });
});
