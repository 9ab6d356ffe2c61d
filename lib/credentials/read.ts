import 'server-only';
import { getDb, type Tx } from '@/lib/db/client';
import { compiledOnce } from '@/lib/db/compiled';
import type { Credential } from '@/lib/db/schema';

/** Lookups of the `credentials` table (its owner, with ./write.ts). */

/** The WebAuthn credential IDs of a holder's active passkeys (the exclude list). */
export async function activeCredentialIds(holderId: string, tx?: Tx): Promise<string[]> {
  const db = tx ?? (await getDb()).db;
  const { rows } = await activeIds(db, holderId);
  return rows.map((r) => r.credential_id);
}

const activeIds = compiledOnce((db: Tx, holderId: string) =>
  db
    .selectFrom('credentials')
    .select('credential_id')
    .where('holder_id', '=', holderId)
    .where('revoked_at', 'is', null),
);

/** The WebAuthn credential ID of one stored credential. */
export async function webauthnIdOf(id: string): Promise<string> {
  const { db } = await getDb();
  const row = await db.selectFrom('credentials').select('credential_id').where('id', '=', id).executeTakeFirstOrThrow();
  return row.credential_id;
}

/** Which of these WebAuthn credential IDs are still active, with their holders (device marker). */
export async function activeMarkedCredentials(ids: string[], tx?: Tx) {
  if (ids.length === 0) return [];
  const db = tx ?? (await getDb()).db;
  return db
    .selectFrom('credentials')
    .select(['credential_id', 'holder_id'])
    .where('credential_id', 'in', ids)
    .where('revoked_at', 'is', null)
    .execute();
}

/** The active credential an assertion names, optionally only the given holder's. */
export async function activeCredentialByWebauthnId(id: string, holderId?: string): Promise<Credential | undefined> {
  const { db } = await getDb();
  let query = db.selectFrom('credentials').selectAll().where('credential_id', '=', id).where('revoked_at', 'is', null);
  if (holderId) query = query.where('holder_id', '=', holderId);
  return query.executeTakeFirst();
}

/** Every credential of a holder, newest first (holder:show). */
export async function credentialsOf(holderId: string): Promise<Credential[]> {
  const { db } = await getDb();
  return db
    .selectFrom('credentials')
    .selectAll()
    .where('holder_id', '=', holderId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** The label and time shown on the completion screen. */
export async function credentialSummary(credentialId: string | null | undefined) {
  if (!credentialId) return undefined;
  const { db } = await getDb();
  return db.selectFrom('credentials').select(['label', 'created_at']).where('id', '=', credentialId).executeTakeFirst();
}
