import 'server-only';
import { randomUUID } from 'node:crypto';
import { getDb, withTransaction } from '@/lib/db/client';

export const CHALLENGE_TTL_MS = 5 * 60_000;
export type ChallengePurpose = 'register' | 'signin';

/** Keeps one live challenge per flow and purpose (a newer one replaces the older). */
export async function storeChallenge(flowId: string, purpose: ChallengePurpose, challenge: string, now = Date.now()) {
  await withTransaction(async (tx) => {
    await tx.deleteFrom('challenges').where('flow_id', '=', flowId).where('purpose', '=', purpose).execute();
    await tx
      .insertInto('challenges')
      .values({ id: randomUUID(), flow_id: flowId, purpose, challenge, created_at: now, expires_at: now + CHALLENGE_TTL_MS })
      .execute();
  });
}

/**
 * Takes the challenge out before anything is verified: one atomic DELETE … RETURNING, so a
 * replayed or concurrent second response finds nothing (single use, spec §3).
 */
export async function takeChallenge(flowId: string, purpose: ChallengePurpose, now = Date.now()): Promise<string | null> {
  const { db } = await getDb();
  const rows = await db
    .deleteFrom('challenges')
    .where('flow_id', '=', flowId)
    .where('purpose', '=', purpose)
    .returning(['challenge', 'expires_at'])
    .execute();
  const live = rows.find((r) => r.expires_at > now);
  return live?.challenge ?? null;
}
