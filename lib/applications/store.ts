import 'server-only';
import { randomUUID } from 'node:crypto';
import { audit } from '@/lib/audit';
import type { Tx } from '@/lib/db/client';
import type { ApplicationState } from '@/lib/db/schema';
import type { CheckedPhoto } from './photo';
import type { ReissueApplication } from './form';
import { newReceipt } from './receipt';

export type StoredApplication = { id: string; receipt: string; duplicate: boolean };

/**
 * Stores an application, or recognises the same one sent twice: while an application for the
 * same カードID and reason is still new, its 受付番号 is returned (`duplicate: true`) and nothing
 * is stored. Call inside `withTransaction`.
 */
export async function storeApplication(
  tx: Tx,
  input: { form: ReissueApplication; photo: CheckedPhoto; now: number },
): Promise<StoredApplication> {
  const { form, photo, now } = input;
  const pending = await tx
    .selectFrom('applications')
    .select(['id', 'receipt'])
    .where('card_id', '=', form.cardId)
    .where('reason', '=', form.reason)
    .where('state', '=', 'new')
    .executeTakeFirst();
  if (pending) {
    await audit(
      tx,
      {
        type: 'application.received',
        outcome: 'info',
        actor: 'doctor',
        detail: { applicationId: pending.id, reason: form.reason, duplicate: true },
      },
      now,
    );
    return { ...pending, duplicate: true };
  }
  const id = randomUUID();
  for (;;) {
    const receipt = newReceipt(now);
    const taken = await tx.selectFrom('applications').select('id').where('receipt', '=', receipt).executeTakeFirst();
    if (taken) continue;
    await tx
      .insertInto('applications')
      .values({
        id,
        receipt,
        state: 'new',
        has_card: form.hasCard === 'yes' ? 1 : 0,
        card_id: form.cardId,
        name: form.name,
        kana: form.kana,
        birth_date: form.birthDate,
        medical_registration_number: form.medicalRegistrationNumber,
        postal_code: form.postalCode,
        address: form.address,
        phone: form.phone,
        email: form.email,
        reason: form.reason,
        photo: photo.jpeg,
        photo_width: photo.width,
        photo_height: photo.height,
        created_at: now,
      })
      .execute();
    await audit(
      tx,
      {
        type: 'application.received',
        outcome: 'ok',
        actor: 'doctor',
        detail: { applicationId: id, reason: form.reason, duplicate: false },
      },
      now,
    );
    return { id, receipt, duplicate: false };
  }
}

/** The queue of the support console, newest first, without the photo bytes. */
export async function listApplications(tx: Tx, state: ApplicationState, limit = 100) {
  return tx
    .selectFrom('applications')
    .select(['id', 'receipt', 'state', 'card_id', 'name', 'kana', 'reason', 'created_at', 'decided_at'])
    .where('state', '=', state)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/** One application with everything but the photo bytes. */
export async function findApplication(tx: Tx, id: string) {
  return tx
    .selectFrom('applications')
    .select([
      'id',
      'receipt',
      'state',
      'has_card',
      'card_id',
      'name',
      'kana',
      'birth_date',
      'medical_registration_number',
      'postal_code',
      'address',
      'phone',
      'email',
      'reason',
      'photo_width',
      'photo_height',
      'created_at',
      'decided_at',
      'decided_by',
      'rejection_reason',
      'ticket_id',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The photo bytes (JPEG) for the no-store photo route. */
export async function applicationPhoto(tx: Tx, id: string): Promise<Buffer | null> {
  const row = await tx.selectFrom('applications').select('photo').where('id', '=', id).executeTakeFirst();
  return row ? Buffer.from(row.photo) : null;
}
