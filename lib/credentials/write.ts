import 'server-only';
import { sql } from 'kysely';
import type { Tx } from '@/lib/db/client';
import { compiledOnce } from '@/lib/db/compiled';
import type { NewCredential } from '@/lib/webauthn';

/**
 * Writes to the `credentials` table (its owner, with ./read.ts). Every write runs inside the
 * caller's transaction, so it commits or rolls back with the challenge, the journey step and the
 * audit row of the same request.
 */

export type CredentialToStore = NewCredential & { id: string; label: string };

/** The credential record of spec §4, stored once the attestation is verified. */
export async function insertCredential(tx: Tx, holderId: string, c: CredentialToStore, now: number) {
  await insertRow(
    tx,
    c.id,
    holderId,
    c.credentialId,
    c.publicKey,
    c.signCount,
    JSON.stringify(c.transports),
    c.aaguid,
    c.providerName,
    c.deviceType,
    c.backupEligible ? 1 : 0,
    c.backupState ? 1 : 0,
    c.uvInitialized ? 1 : 0,
    c.label,
    now,
  );
}

/** Compiled once (lib/db/compiled.ts): every registration stores one. */
const insertRow = compiledOnce(
  (
    tx: Tx,
    id: string,
    holderId: string,
    credentialId: string,
    publicKey: string,
    signCount: number,
    transports: string,
    aaguid: string,
    providerName: string,
    deviceType: string,
    backupEligible: number,
    backupState: number,
    uvInitialized: number,
    label: string,
    now: number,
  ) =>
    tx.insertInto('credentials').values({
      id,
      holder_id: holderId,
      credential_id: credentialId,
      public_key: publicKey,
      sign_count: signCount,
      sign_count_regressions: 0,
      transports,
      aaguid,
      provider_name: providerName,
      device_type: deviceType,
      backup_eligible: backupEligible,
      backup_state: backupState,
      uv_initialized: uvInitialized,
      label,
      created_at: now,
      last_used_at: null,
      revoked_at: null,
      revoked_reason: null,
      revoked_by: null,
    }),
);

/** What a replacement revokes: exactly the old device (rotation) or whatever is active (re-issue). */
export type Replaced = { credentialId: string } | 'all-active';

/**
 * Replaces a holder's device: revokes the old credential and stores the new one in the caller's
 * transaction (device change with the old passkey, and a re-issued ticket that replaces the
 * device). Returns false, having written nothing, when a named old credential is no longer active
 * (a concurrent change won); with 'all-active' there may be nothing to revoke.
 */
export async function replaceCredential(
  tx: Tx,
  holderId: string,
  c: CredentialToStore,
  replaced: Replaced,
  reason: string,
  now: number,
): Promise<boolean> {
  let query = tx
    .updateTable('credentials')
    .set({ revoked_at: now, revoked_reason: reason, revoked_by: 'doctor' })
    .where('holder_id', '=', holderId)
    .where('revoked_at', 'is', null);
  if (replaced !== 'all-active') query = query.where('id', '=', replaced.credentialId);
  const revoked = await query.returning('id').execute();
  if (replaced !== 'all-active' && revoked.length !== 1) return false;
  await insertCredential(tx, holderId, c, now);
  return true;
}

/**
 * 【デバイスを無効化】 (support console): revokes the holder's active credential, if any, in the
 * caller's transaction. Answers the revoked credential's row id, or null when none was active.
 */
export async function revokeActiveCredential(tx: Tx, holderId: string, reason: string, by: string, now: number) {
  const revoked = await tx
    .updateTable('credentials')
    .set({ revoked_at: now, revoked_reason: reason, revoked_by: by })
    .where('holder_id', '=', holderId)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return revoked[0]?.id ?? null;
}

/** The doctor's own name for the passkey (【ラベル】); a revoked one keeps its label. */
export async function setCredentialLabel(tx: Tx, credentialId: string, label: string) {
  await tx
    .updateTable('credentials')
    .set({ label })
    .where('id', '=', credentialId)
    .where('revoked_at', 'is', null)
    .execute();
}

/** What a verified assertion tells us: the counter (never lowered), a regression, last use. */
export async function recordCredentialUse(
  tx: Tx,
  credentialId: string,
  use: { newSignCount: number; signCountRegressed: boolean; backupState: boolean },
  now: number,
) {
  await tx
    .updateTable('credentials')
    .set({
      sign_count: sql<number>`case when sign_count < ${use.newSignCount} then ${use.newSignCount} else sign_count end`,
      sign_count_regressions: sql<number>`sign_count_regressions + ${use.signCountRegressed ? 1 : 0}`,
      backup_state: use.backupState ? 1 : 0,
      last_used_at: now,
    })
    .where('id', '=', credentialId)
    .execute();
}
