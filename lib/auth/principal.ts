import type { AuditActor } from '@/lib/audit';

/**
 * Who is asking, as a value (architecture principle 4). A doctor is known by the holder their
 * ログイン session was opened for; a staff member by their staff account and role. Browser-safe
 * and pure: sessions (lib/auth) produce principals, lib/authz decides what they may do.
 */
export type StaffRole = 'support' | 'admin';
export type DoctorPrincipal = { kind: 'doctor'; holderId: string };
export type StaffPrincipal = { kind: 'staff'; staffId: string; role: StaffRole };
export type Principal = DoctorPrincipal | StaffPrincipal;

/**
 * The audit actor of what a principal does: 'doctor' (the holder is on the event itself) or
 * 'staff:<id>'. The other actors are not principals: 'operator:cli' (the admin CLI) and 'system'.
 */
export function actorOf(principal: Principal): AuditActor {
  switch (principal.kind) {
    case 'doctor':
      return 'doctor';
    case 'staff':
      return `staff:${principal.staffId}`;
  }
}
