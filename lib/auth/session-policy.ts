import type { Session } from 'next-auth';
import type { DoctorPrincipal } from './principal';

/**
 * A ログイン session lasts at most 18 hours: the signing validity the manual describes (spec §5).
 * Pure, with the clock passed in, so the rule is unit-tested without waiting.
 */
export const SESSION_MAX_AGE_SECONDS = 18 * 60 * 60;

export function isSessionFresh(authTimeMs: unknown, nowMs: number): boolean {
  if (typeof authTimeMs !== 'number' || !Number.isFinite(authTimeMs)) return false;
  if (authTimeMs > nowMs + 60_000) return false; // from the future: not ours
  return nowMs - authTimeMs <= SESSION_MAX_AGE_SECONDS * 1000;
}

/**
 * The doctor a ログイン session speaks for, with the passkey it was opened with, or null when the
 * session is missing, not ours (fields absent) or older than 18 hours.
 */
export function doctorPrincipal(
  session: Session | null,
  nowMs: number,
): { principal: DoctorPrincipal; credentialId: string } | null {
  // Checked at run time too: a decoded token is data, whatever the declared type says.
  if (typeof session?.holderId !== 'string' || typeof session.credentialId !== 'string') return null;
  if (!isSessionFresh(session.authTime, nowMs)) return null;
  return { principal: { kind: 'doctor', holderId: session.holderId }, credentialId: session.credentialId };
}
