import 'server-only';
import { getServerSession } from 'next-auth';
import { getDb } from '@/lib/db/client';
import { authOptions } from './options';
import { isSessionFresh } from './session-policy';

/**
 * The signed-in doctor for the 券面情報 page, or null. The session must be at most 18 hours old
 * and the passkey it was opened with must still be active (a device change ends it).
 */
export async function currentCardHolder(now = Date.now()) {
  const session = (await getServerSession(authOptions())) as {
    holderId?: unknown;
    credentialId?: unknown;
    authTime?: unknown;
  } | null;
  if (!session || typeof session.holderId !== 'string' || typeof session.credentialId !== 'string') return null;
  if (!isSessionFresh(session.authTime, now)) return null;
  const { db } = await getDb();
  const row = await db
    .selectFrom('holders')
    .innerJoin('credentials', 'credentials.holder_id', 'holders.id')
    .select([
      'holders.name',
      'holders.kana',
      'holders.medical_registration_number',
      'holders.card_id',
      'holders.certificate_not_before',
      'holders.certificate_not_after',
      'credentials.label',
      'credentials.created_at',
      'credentials.last_used_at',
    ])
    .where('holders.id', '=', session.holderId)
    .where('credentials.id', '=', session.credentialId)
    .where('credentials.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
