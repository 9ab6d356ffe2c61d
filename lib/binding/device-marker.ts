import 'server-only';

/**
 * One certificate per device, best effort (spec §4): after a registration the browser keeps the
 * credential ID in a cookie (`deviceMarker`, lib/http/cookies.ts) and in localStorage. It is not a secret, only a hint; synced passkeys
 * and cleared storage defeat it, which docs/decisions records.
 */
const ID = /^[A-Za-z0-9_-]{16,1364}$/;

export function markerIds(cookieValue: string | undefined, stored: string | undefined | null): string[] {
  return [...new Set([cookieValue, stored ?? undefined].filter((v): v is string => !!v && ID.test(v)))];
}
