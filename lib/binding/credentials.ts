import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { NewCredential } from '@/lib/webauthn';

export type CredentialToStore = NewCredential & { id: string; label: string };

/** The credential record of spec §4, stored once the attestation is verified. */
export async function insertCredential(tx: Tx, holderId: string, c: CredentialToStore, now: number) {
  await tx
    .insertInto('credentials')
    .values({
      id: c.id,
      holder_id: holderId,
      credential_id: c.credentialId,
      public_key: c.publicKey,
      sign_count: c.signCount,
      sign_count_regressions: 0,
      transports: JSON.stringify(c.transports),
      aaguid: c.aaguid,
      provider_name: c.providerName,
      device_type: c.deviceType,
      backup_eligible: c.backupEligible ? 1 : 0,
      backup_state: c.backupState ? 1 : 0,
      uv_initialized: c.uvInitialized ? 1 : 0,
      label: c.label,
      created_at: now,
      last_used_at: null,
      revoked_at: null,
      revoked_reason: null,
      revoked_by: null,
    })
    .execute();
}
