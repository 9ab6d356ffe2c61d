import 'server-only';
import { setCredentialLabel } from './write';
import type { Tx } from '@/lib/db/client';
import { normalizeLabel } from '@/lib/normalize/label';
import { audit } from '@/lib/audit';

/**
 * ラベル登録 (spec §3 step 8): `input` null is 【キャンセル】 and keeps the automatic label. Answers
 * the write to run in the transaction that finishes the step (the journey's advance, so the label,
 * its audit row and the step commit together), or null when the label is empty or too long after
 * NFKC and trimming.
 */
export function relabelCredential(
  credentialId: string,
  input: string | null,
  context: { holderId: string | null; ip: string | null },
): ((tx: Tx) => Promise<void>) | null {
  const event = { outcome: 'ok' as const, holderId: context.holderId, credentialId, ip: context.ip };
  if (input === null) return (tx) => audit(tx, { type: 'credential.labelKept', ...event });
  const label = normalizeLabel(input.slice(0, 1000));
  if (!label) return null;
  return async (tx) => {
    await setCredentialLabel(tx, credentialId, label);
    await audit(tx, { type: 'credential.labelled', ...event });
  };
}
