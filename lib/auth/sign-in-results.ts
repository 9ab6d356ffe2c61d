import 'server-only';
import { getDb } from '@/lib/db/client';
import { hashToken, newToken } from '@/lib/security/secrets';

/** The hand-off lives one minute: the browser passes it straight to next-auth. */
export const SIGN_IN_RESULT_TTL_MS = 60_000;

/** Records a server-verified passkey sign-in; the token is the only thing the browser gets. */
export async function createSignInResult(holderId: string, credentialId: string, now = Date.now()): Promise<string> {
  const token = newToken();
  const { db } = await getDb();
  await db
    .insertInto('sign_in_results')
    .values({
      id: hashToken(token),
      holder_id: holderId,
      credential_id: credentialId,
      created_at: now,
      expires_at: now + SIGN_IN_RESULT_TTL_MS,
      used_at: null,
    })
    .execute();
  return token;
}

/**
 * Uses a sign-in result once: one atomic `UPDATE … WHERE used_at IS NULL … RETURNING`, so a
 * replayed or concurrent second use finds nothing.
 */
export async function consumeSignInResult(token: unknown, now = Date.now()) {
  if (typeof token !== 'string' || token.length < 20 || token.length > 100) return null;
  const { db } = await getDb();
  const row = await db
    .updateTable('sign_in_results')
    .set({ used_at: now })
    .where('id', '=', hashToken(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['holder_id', 'credential_id'])
    .executeTakeFirst();
  return row ? { holderId: row.holder_id, credentialId: row.credential_id } : null;
}
