import 'server-only';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation, withTransaction, type Tx } from '@/lib/db/client';
import type { StaffMessageCode } from '@/lib/messages';
import { audit, type AuditEvent } from '@/lib/audit';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { hashToken } from '@/lib/security/secrets';
import {
  buildAuthenticationOptions,
  buildRegistrationOptions,
  credentialIdOf,
  storedCredential,
  verifyAuthentication,
  verifyRegistration,
} from '@/lib/webauthn';
import { consumeChallenge, liveChallenge, storeChallenge, takeChallenge } from '@/lib/binding/challenges';
import { rpConfig } from '@/lib/binding/rp';
import { ENROLMENT_REFUSAL, consumeEnrolment, openEnrolment } from '@/lib/staff/enrolments';
import {
  insertStaffCredential,
  recordStaffCredentialUse,
  signingStaffCredential,
  staffCredentialIds,
  type SigningStaffCredential,
} from '@/lib/staff/credentials';
import { createSession, markAuthenticated, type LiveSession } from '@/lib/staff/sessions';

/**
 * The staff passkey ceremonies (issue 8 part 1): enrolment by a single-use link, discoverable
 * sign-in, and re-authentication inside a session for admin actions. The same relying party as
 * the doctors' (lib/webauthn: UV required, fixed origins and RP ID, single-use challenges), but
 * the passkeys, sessions and audit events are the staff's own. Every outcome is a value.
 */

export type StaffCeremony<T> = ({ ok: true } & T) | { ok: false; code: StaffMessageCode | 'rate.limited' };

const enrolOwner = (enrolmentId: string) => `staff-enrol:${enrolmentId}`;
const signInOwner = (attemptToken: string) => `staff-signin:${hashToken(attemptToken)}`;
const reauthOwner = (sessionId: string) => `staff-reauth:${sessionId}`;

async function record(event: AuditEvent, tx?: Tx) {
  if (tx) return audit(tx, event);
  await withTransaction((t) => audit(t, event));
}

/** Creation options for the link's account: discoverable (resident) key, UV required. */
export async function enrolmentOptions(token: string, ip: string | null) {
  if (!(await withinLimits([[RULES.staffPasskeyPerIp, ip]]))) return { ok: false, code: 'rate.limited' } as const;
  const open = await openEnrolment(token);
  if (!open.ok) return { ok: false, code: ENROLMENT_REFUSAL[open.reason] } as const;
  const options = await buildRegistrationOptions({
    config: rpConfig(),
    // The user handle is the staff id (opaque); the name is what the passkey chooser shows.
    user: { id: open.staff.id, personId: open.staff.name, displayName: open.staff.name },
    excludeCredentialIds: await staffCredentialIds(open.staff.id),
  });
  await storeChallenge(enrolOwner(open.id), 'staff-enrol', options.challenge);
  return { ok: true, options } as const;
}

/** Thrown inside the enrolment transaction so that a lost race changes nothing. */
class EnrolmentLost extends Error {}

/**
 * Verifies the new passkey, then in ONE transaction uses the link up (guarded UPDATE: of
 * concurrent attempts exactly one passes), consumes the challenge, stores the credential and opens
 * the session. A used, expired, unknown or disabled link is refused before anything is verified.
 */
export async function completeEnrolment(input: {
  token: string;
  response: unknown;
  ip: string | null;
  now?: number;
}): Promise<StaffCeremony<{ sessionToken: string; staffId: string }>> {
  const now = input.now ?? Date.now();
  if (!(await withinLimits([[RULES.staffPasskeyPerIp, input.ip]]))) return { ok: false, code: 'rate.limited' };
  const open = await openEnrolment(input.token, now);
  if (!open.ok) {
    // A passkey offered for a dead link is worth a line in the log (a leaked or guessed link).
    await record({
      type: 'staff.enrolled',
      outcome: 'fail',
      actor: 'anonymous',
      ip: input.ip,
      detail: { reason: `enrolment-${open.reason}` },
    });
    return { ok: false, code: ENROLMENT_REFUSAL[open.reason] };
  }
  const staffId = open.staff.id;
  const fail = async (reason: string, code: StaffMessageCode = 'staff.passkeyInvalid') => {
    await record({
      type: 'staff.enrolled',
      outcome: 'fail',
      actor: 'anonymous',
      ip: input.ip,
      detail: { staffId, reason },
    });
    return { ok: false as const, code };
  };
  // A lost race shows as the link used (or gone), as the page would say, never as a bad passkey.
  const lost = async (reason: string) => {
    const again = await openEnrolment(input.token, now);
    return fail(reason, again.ok ? 'staff.passkeyInvalid' : ENROLMENT_REFUSAL[again.reason]);
  };
  const claim = await liveChallenge(enrolOwner(open.id), 'staff-enrol', now);
  if (!claim) return lost('no live challenge (expired or already used)');
  const verified = await verifyRegistration({
    config: rpConfig(),
    response: input.response,
    expectedChallenge: claim.challenge,
  });
  if (!verified.ok) {
    await withTransaction((tx) => consumeChallenge(tx, claim, now));
    return fail(verified.reason);
  }
  const c = verified.credential;
  try {
    const sessionToken = await withTransaction(async (tx) => {
      if ((await consumeEnrolment(tx, open.id, now)) !== staffId) throw new EnrolmentLost('link already used');
      if (!(await consumeChallenge(tx, claim, now))) throw new EnrolmentLost('challenge already used');
      await insertStaffCredential(tx, randomUUID(), staffId, c, now);
      const token = await createSession(tx, staffId, now);
      await audit(
        tx,
        {
          type: 'staff.enrolled',
          outcome: 'ok',
          actor: `staff:${staffId}`,
          ip: input.ip,
          detail: { staffId, provider: c.providerName },
        },
        now,
      );
      return token;
    });
    return { ok: true, sessionToken, staffId };
  } catch (err) {
    if (err instanceof EnrolmentLost) return lost(err.message);
    if (isUniqueViolation(err)) return fail('credential id already registered');
    throw err;
  }
}

/** Discoverable sign-in (no username): the browser offers the staff passkeys it holds for this site. */
export async function staffSignInOptions(attemptToken: string, ip: string | null) {
  if (!(await withinLimits([[RULES.staffPasskeyPerIp, ip]]))) return { ok: false, code: 'rate.limited' } as const;
  const options = await buildAuthenticationOptions({ config: rpConfig() });
  await storeChallenge(signInOwner(attemptToken), 'staff-signin', options.challenge);
  return { ok: true, options } as const;
}

type Asserted = { credential: SigningStaffCredential; newSignCount: number; reported: number; regressed: boolean };

/** Verifies an assertion against the staff passkey it names (of an account that is not disabled). */
async function verifyStaffAssertion(
  response: unknown,
  challenge: string | null,
): Promise<{ ok: true; value: Asserted; backupState: boolean } | { ok: false; reason: string; staffId?: string }> {
  if (!challenge) return { ok: false, reason: 'no live challenge (expired or already used)' };
  const id = credentialIdOf(response);
  if (!id) return { ok: false, reason: 'malformed response' };
  const credential = await signingStaffCredential(id);
  if (!credential) return { ok: false, reason: 'unknown passkey or disabled account' };
  const result = await verifyAuthentication({
    config: rpConfig(),
    response,
    expectedChallenge: challenge,
    credential: storedCredential(credential),
    expectedUserId: credential.staff_id,
  });
  if (!result.ok) return { ok: false, reason: result.reason, staffId: credential.staff_id };
  return {
    ok: true,
    backupState: result.backupState,
    value: {
      credential,
      newSignCount: result.newSignCount,
      reported: result.reportedSignCount,
      regressed: result.signCountRegressed,
    },
  };
}

async function recordUse(tx: Tx, a: Asserted, backupState: boolean, ip: string | null, now: number) {
  const { credential } = a;
  await recordStaffCredentialUse(
    tx,
    credential.id,
    { newSignCount: a.newSignCount, signCountRegressed: a.regressed, backupState },
    now,
  );
  if (a.regressed) {
    await audit(
      tx,
      {
        type: 'staff.signCountRegression',
        outcome: 'fail',
        actor: `staff:${credential.staff_id}`,
        ip,
        detail: { staffId: credential.staff_id, stored: credential.sign_count, reported: a.reported },
      },
      now,
    );
  }
}

/** Verifies the sign-in and opens a session; every failure is the same `staff.signinFailed`. */
export async function verifyStaffSignIn(input: {
  attemptToken: string | undefined;
  response: unknown;
  ip: string | null;
  now?: number;
}): Promise<StaffCeremony<{ sessionToken: string; staffId: string }>> {
  const now = input.now ?? Date.now();
  const fail = async (reason: string, staffId?: string) => {
    // Not 'doctor' (the default) nor the account tried: a failed sign-in has proved no one.
    await record({
      type: 'staff.signin',
      outcome: 'fail',
      actor: 'anonymous',
      ip: input.ip,
      detail: { staffId, reason },
    });
    return { ok: false as const, code: 'staff.signinFailed' as const };
  };
  if (!(await withinLimits([[RULES.staffPasskeyPerIp, input.ip]]))) return { ok: false, code: 'rate.limited' };
  if (!input.attemptToken) return fail('no sign-in attempt');
  const challenge = await takeChallenge(signInOwner(input.attemptToken), 'staff-signin', now);
  const verified = await verifyStaffAssertion(input.response, challenge);
  if (!verified.ok) return fail(verified.reason, verified.staffId);
  const staffId = verified.value.credential.staff_id;
  const sessionToken = await withTransaction(async (tx) => {
    await recordUse(tx, verified.value, verified.backupState, input.ip, now);
    const token = await createSession(tx, staffId, now);
    await audit(
      tx,
      { type: 'staff.signin', outcome: 'ok', actor: `staff:${staffId}`, ip: input.ip, detail: { staffId } },
      now,
    );
    return token;
  });
  return { ok: true, sessionToken, staffId };
}

/** Options to confirm it is still the signed-in staff member: only their own passkeys are allowed. */
export async function reauthOptions(session: LiveSession, ip: string | null) {
  if (!(await withinLimits([[RULES.staffPasskeyPerIp, ip]]))) return { ok: false, code: 'rate.limited' } as const;
  const options = await buildAuthenticationOptions({
    config: rpConfig(),
    allowCredentialIds: await staffCredentialIds(session.staffId),
  });
  await storeChallenge(reauthOwner(session.sessionId), 'staff-reauth', options.challenge);
  return { ok: true, options } as const;
}

/** Re-authentication in place: a passkey of the session's own account makes the session fresh. */
export async function verifyReauth(input: {
  session: LiveSession;
  response: unknown;
  ip: string | null;
  now?: number;
}): Promise<StaffCeremony<Record<never, never>>> {
  const now = input.now ?? Date.now();
  const { staffId, sessionId } = input.session;
  const fail = async (reason: string) => {
    await record({
      type: 'staff.reauth',
      outcome: 'fail',
      actor: `staff:${staffId}`,
      ip: input.ip,
      detail: { staffId, reason },
    });
    return { ok: false as const, code: 'staff.signinFailed' as const };
  };
  if (!(await withinLimits([[RULES.staffPasskeyPerIp, input.ip]]))) return { ok: false, code: 'rate.limited' };
  const challenge = await takeChallenge(reauthOwner(sessionId), 'staff-reauth', now);
  const verified = await verifyStaffAssertion(input.response, challenge);
  if (!verified.ok) return fail(verified.reason);
  if (verified.value.credential.staff_id !== staffId) return fail('passkey of another staff account');
  const done = await withTransaction(async (tx) => {
    if (!(await markAuthenticated(tx, sessionId, now))) return false;
    await recordUse(tx, verified.value, verified.backupState, input.ip, now);
    await audit(
      tx,
      { type: 'staff.reauth', outcome: 'ok', actor: `staff:${staffId}`, ip: input.ip, detail: { staffId } },
      now,
    );
    return true;
  });
  return done ? { ok: true } : fail('session ended meanwhile');
}
