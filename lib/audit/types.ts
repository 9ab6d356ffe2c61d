import type { AuditType } from './index';

/**
 * Every audit event type, as data (the log's 種類 filter, its schema and the CSV). Browser-safe.
 * The check below makes a type added to `AuditDetails` without an entry here a compile error.
 */
export const AUDIT_TYPES = [
  'ticket.issued',
  'ticket.opened',
  'ticket.expired',
  'ticket.locked',
  'terms.agreed',
  'password.check',
  'login.personId',
  'login.verify',
  'signin.verify',
  'registration.verify',
  'registration.refused',
  'registration.store',
  'registration.completed',
  'credential.labelKept',
  'credential.labelled',
  'credential.signCountRegression',
  'credential.backupEligibilityChanged',
  'device.signin',
  'device.register',
  'device.changed',
  'credential.revoked',
  'holder.added',
  'holder.icCertificateChanged',
  'sandbox.created',
  'staff.added',
  'staff.disabled',
  'staff.enrolled',
  'staff.signin',
  'staff.reauth',
  'staff.signout',
  'staff.signCountRegression',
  'application.received',
  'application.approved',
  'application.rejected',
  'audit.exported',
] as const satisfies readonly AuditType[];

type Missing = Exclude<AuditType, (typeof AUDIT_TYPES)[number]>;
/** Fails to compile while an AuditType is missing above (the error names it). */
export const AUDIT_TYPES_COMPLETE: [Missing] extends [never] ? true : Missing = true;

export function isAuditType(value: string): value is AuditType {
  return (AUDIT_TYPES as readonly string[]).includes(value);
}

export const AUDIT_OUTCOMES = ['ok', 'fail', 'info'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
