import 'server-only';
import { getDb } from '@/lib/db/client';
import { currentDoctor } from './current';

/**
 * The signed-in doctor for the 券面情報 page, or null. The session must be at most 18 hours old
 * and the passkey it was opened with must still be active (a device change ends it).
 */
export async function currentCardHolder(now = Date.now()) {
  const doctor = await currentDoctor(now);
  if (!doctor) return null;
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
    .where('holders.id', '=', doctor.principal.holderId)
    .where('credentials.id', '=', doctor.credentialId)
    .where('credentials.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}
