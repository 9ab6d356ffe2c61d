import 'server-only';
import { getDb, type Tx } from '@/lib/db/client';
import type { StaffCredential, StaffRole } from '@/lib/db/schema';
import type { NewCredential } from '@/lib/webauthn';

/** The owner of `staff_credentials`: staff passkeys, never rows of the doctors' `credentials`. */

export async function insertStaffCredential(tx: Tx, id: string, staffId: string, c: NewCredential, now: number) {
  await tx
    .insertInto('staff_credentials')
    .values({
      id,
      staff_id: staffId,
      credential_id: c.credentialId,
      public_key: c.publicKey,
      sign_count: c.signCount,
      sign_count_regressions: 0,
      transports: JSON.stringify(c.transports),
      aaguid: c.aaguid,
      provider_name: c.providerName,
      backup_eligible: c.backupEligible ? 1 : 0,
      backup_state: c.backupState ? 1 : 0,
      created_at: now,
      last_used_at: null,
    })
    .execute();
}

export type SigningStaffCredential = StaffCredential & { role: StaffRole };

/** The passkey the browser names, if it belongs to an account that is not disabled. */
export async function signingStaffCredential(webauthnId: string): Promise<SigningStaffCredential | null> {
  const { db } = await getDb();
  const row = await db
    .selectFrom('staff_credentials')
    .innerJoin('staff', 'staff.id', 'staff_credentials.staff_id')
    .selectAll('staff_credentials')
    .select('staff.role')
    .where('staff_credentials.credential_id', '=', webauthnId)
    .where('staff.disabled_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** The account's passkey ids: excluded when it registers another, allowed when it re-authenticates. */
export async function staffCredentialIds(staffId: string): Promise<string[]> {
  const { db } = await getDb();
  const rows = await db
    .selectFrom('staff_credentials')
    .select('credential_id')
    .where('staff_id', '=', staffId)
    .execute();
  return rows.map((r) => r.credential_id);
}

/** What a verified assertion tells us: the counter (never lowered), a regression, the last use. */
export async function recordStaffCredentialUse(
  tx: Tx,
  id: string,
  use: { newSignCount: number; signCountRegressed: boolean; backupState: boolean },
  now: number,
) {
  await tx
    .updateTable('staff_credentials')
    .set((eb) => ({
      sign_count: use.newSignCount,
      sign_count_regressions: use.signCountRegressed
        ? eb('sign_count_regressions', '+', 1)
        : eb.ref('sign_count_regressions'),
      backup_state: use.backupState ? 1 : 0,
      last_used_at: now,
    }))
    .where('id', '=', id)
    .execute();
}
