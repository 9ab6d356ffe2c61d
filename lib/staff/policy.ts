/**
 * The time limits of staff accounts (issue 8 part 1; docs/decisions/0017-staff-accounts-and-sessions.md).
 * Pure: the session and enrolment modules and their tests share these numbers.
 */
const MINUTE = 60_000;

/** A session ends 8 hours after its sign-in however active it is (a working day). */
export const SESSION_MAX_MS = 8 * 60 * MINUTE;
/** …and after 30 minutes without a request (a PC left unlocked at the desk). */
export const SESSION_IDLE_MS = 30 * MINUTE;
/** Admin actions need a passkey verification no older than this (sign-in or re-authentication). */
export const FRESH_AUTH_MS = 5 * MINUTE;
/** Writes of `last_seen_at` are spaced so that a page with many requests writes once. */
export const TOUCH_EVERY_MS = MINUTE;
/** An enrolment link works once, for 24 hours. */
export const ENROLMENT_TTL_MS = 24 * 60 * MINUTE;

export type SessionTimes = { created_at: number; last_seen_at: number; ended_at: number | null };

/** Why a stored session no longer counts, or 'live'. */
export function sessionState(s: SessionTimes, now: number): 'live' | 'ended' | 'expired' | 'idle' {
  if (s.ended_at !== null) return 'ended';
  if (now - s.created_at >= SESSION_MAX_MS) return 'expired';
  if (now - s.last_seen_at >= SESSION_IDLE_MS) return 'idle';
  return 'live';
}

/** True when the last passkey verification is recent enough for an admin action. */
export function isFresh(authenticatedAt: number, now: number): boolean {
  return now - authenticatedAt <= FRESH_AUTH_MS && authenticatedAt <= now;
}
