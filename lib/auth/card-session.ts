import 'server-only';
import { cardFace } from '@/lib/holders';
import { currentDoctor } from './current';

/**
 * The signed-in doctor for the 券面情報 page, or null. The session must be at most 18 hours old
 * and the passkey it was opened with must still be active (a device change ends it).
 */
export async function currentCardHolder(now = Date.now()) {
  const doctor = await currentDoctor(now);
  if (!doctor) return null;
  return cardFace(doctor.principal.holderId, doctor.credentialId);
}
