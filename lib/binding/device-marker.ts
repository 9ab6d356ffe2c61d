import 'server-only';
import { getDb } from '@/lib/db/client';

/**
 * One certificate per device, best effort (spec §4): after a registration the browser keeps the
 * credential ID in a cookie (`deviceMarker`, lib/http/cookies.ts) and in localStorage. It is not a secret, only a hint; synced passkeys
 * and cleared storage defeat it, which docs/decisions records.
 */
const ID = /^[A-Za-z0-9_-]{16,1364}$/;

export function markerIds(cookieValue: string | undefined, stored: string | undefined | null): string[] {
  return [...new Set([cookieValue, stored ?? undefined].filter((v): v is string => !!v && ID.test(v)))];
}

/** The marked credentials that are still active, with their holders. */
export async function activeMarkedCredentials(ids: string[]) {
  if (ids.length === 0) return [];
  const { db } = await getDb();
  return db
    .selectFrom('credentials')
    .select(['credential_id', 'holder_id'])
    .where('credential_id', 'in', ids)
    .where('revoked_at', 'is', null)
    .execute();
}
