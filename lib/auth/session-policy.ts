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
