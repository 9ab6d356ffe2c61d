import 'server-only';
/**
 * The owner of the `audit_events` table (architecture.md): appends inside the caller's transaction.
 * The support console's queries and CSV export (issue 8) belong here too.
 */
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { compiledOnce } from '@/lib/db/compiled';
import type { ErrorCode } from '@/lib/messages';
import { redact } from '@/lib/log';

/** Why a verification failed: a short reason from `lib/webauthn` or the step (never the response). */
type Failure = { reason: string };
type Nothing = Record<string, never>;

/**
 * The detail each audit event may carry: a key that is not declared here does not compile, so an
 * audit call cannot pass a birth date, code or token by accident. Details are still redacted
 * (redact.ts) as a second line.
 */
export type AuditDetails = {
  'ticket.issued': { ttlDays: number; replacesDevice: boolean; superseded: number; reason?: string };
  'ticket.opened': { reason?: ErrorCode };
  'ticket.expired': { reason?: string };
  'ticket.locked': Nothing;
  'terms.agreed': { termsVersion: `${number}-${number}-${number}` };
  'password.check': { attempts?: number };
  'login.personId': Nothing;
  'login.verify': Partial<Failure>;
  'signin.verify': Partial<Failure>;
  'registration.verify': Failure;
  'registration.refused': { reason: 'device-marker' };
  'registration.store': { reason: 'unique violation' };
  'registration.completed': {
    provider: string;
    aaguid: string;
    deviceType: 'singleDevice' | 'multiDevice';
    replacedDevice: boolean;
  };
  'credential.labelKept': Nothing;
  'credential.labelled': Nothing;
  'credential.signCountRegression': { stored: number; reported: number };
  'credential.backupEligibilityChanged': { stored: boolean; reported: boolean };
  'device.signin': Partial<Failure>;
  'device.register': Failure;
  'device.changed': { revoked: string; provider: string };
  // 【デバイスを無効化】 in the support console: the staff member's reason.
  'credential.revoked': { reason: string };
  'holder.added': { sandbox: boolean };
  // holder:ic-cert (card renewal, decision 0022): whether a serial was replaced, an issuer given.
  'holder.icCertificateChanged': { replaced: boolean; withIssuer: boolean };
  // 再現する in the support console: the catalogue code the sandbox was set up for.
  'sandbox.created': { message: ErrorCode };
  // Staff accounts and sign-in (issue 8 part 1): `staffId` is the account the event is about; the
  // actor column says who did it ('operator:cli' or 'staff:<id>').
  'staff.added': { staffId: string; role: 'support' | 'admin' };
  'staff.disabled': { staffId: string; sessionsEnded: number };
  'staff.enrolled': { staffId?: string; provider?: string } & Partial<Failure>;
  'staff.signin': { staffId?: string } & Partial<Failure>;
  'staff.reauth': { staffId: string } & Partial<Failure>;
  'staff.signout': { staffId: string };
  'staff.signCountRegression': { staffId: string; stored: number; reported: number };
  // 「CSVでダウンロード」 of the console's audit log (issue 8 #6): the filters as the export read
  // them (a holder as its row id, times as ISO), never a row of the log itself.
  // Re-issue by application (issue 9 #3): received from the form, decided in the console. Never
  // the form's personal data nor the photo: the application row holds those.
  'application.received': { applicationId: string; reason: string; duplicate: boolean };
  'application.approved': { applicationId: string; reason: string; replacesDevice: boolean };
  'application.rejected': { applicationId: string; rejectionReason: string };
  'audit.exported': {
    from?: string;
    to?: string;
    holderId?: string;
    actor?: string;
    type?: string;
    sandbox: boolean;
  };
};

export type AuditType = keyof AuditDetails;

/**
 * Who did it: 'doctor' or 'staff:<id>' built from a principal by `actorOf` (lib/auth/principal.ts);
 * 'operator:cli' (the admin CLI) or another operator script ('operator:demo'); 'system';
 * 'anonymous' for a visitor who has proved no identity (a failed staff sign-in or enrolment: the
 * account it tried is in the detail, not the actor, since the attempt did not prove it).
 */
export type AuditActor = 'doctor' | `staff:${string}` | `operator:${string}` | 'system' | 'anonymous';

type AuditFields = {
  outcome: 'ok' | 'fail' | 'info';
  holderId?: string | null;
  ticketId?: string | null;
  credentialId?: string | null;
  /** Default 'doctor'. */
  actor?: AuditActor;
  ip?: string | null;
};

/** One audit event; `type` decides the shape of `detail`. */
export type AuditEvent<T extends AuditType = AuditType> = {
  [K in T]: AuditFields & { type: K; detail?: AuditDetails[K] };
}[T];

/**
 * Append-only: this module only ever inserts. It takes the caller's transaction so an event is
 * recorded exactly when the state change it describes commits. Details are redacted like logs.
 */
export async function audit(tx: Tx, event: AuditEvent, now = Date.now()): Promise<void> {
  await appendEvent(
    tx,
    randomUUID(),
    now,
    event.type,
    event.outcome,
    event.holderId ?? null,
    event.ticketId ?? null,
    event.credentialId ?? null,
    event.actor ?? 'doctor',
    event.ip ?? null,
    JSON.stringify(redact(event.detail ?? {})),
  );
}

/** Compiled once (lib/db/compiled.ts): every step of every journey appends here. */
const appendEvent = compiledOnce(
  (
    tx: Tx,
    id: string,
    at: number,
    type: string,
    outcome: string,
    holderId: string | null,
    ticketId: string | null,
    credentialId: string | null,
    actor: string,
    ip: string | null,
    detail: string,
  ) =>
    tx.insertInto('audit_events').values({
      id,
      at,
      type,
      outcome,
      holder_id: holderId,
      ticket_id: ticketId,
      credential_id: credentialId,
      actor,
      ip,
      detail,
    }),
);
