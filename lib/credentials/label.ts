import 'server-only';
import { setCredentialLabel } from './write';
import { withTransaction } from '@/lib/db/client';
import { normalizeLabel } from '@/lib/normalize/label';
import { audit } from '@/lib/audit';

/**
 * ラベル登録 (spec §3 step 8): `input` null is 【キャンセル】 and keeps the automatic label.
 * Returns false when the label is empty or too long after NFKC and trimming.
 */
export async function relabelCredential(
  credentialId: string,
  input: string | null,
  context: { holderId: string | null; ip: string | null },
): Promise<boolean> {
  if (input === null) {
    await withTransaction((tx) =>
      audit(tx, {
        type: 'credential.labelKept',
        outcome: 'ok',
        holderId: context.holderId,
        credentialId,
        ip: context.ip,
      }),
    );
    return true;
  }
  const label = normalizeLabel(input.slice(0, 1000));
  if (!label) return false;
  await withTransaction(async (tx) => {
    await setCredentialLabel(tx, credentialId, label);
    await audit(tx, {
      type: 'credential.labelled',
      outcome: 'ok',
      holderId: context.holderId,
      credentialId,
      ip: context.ip,
    });
  });
  return true;
}
