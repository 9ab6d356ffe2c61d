import 'server-only';
import { withTransaction } from '@/lib/db/client';
import type { Flow } from '@/lib/db/schema';
import { normalizeLabel } from '@/lib/normalize/label';
import { audit } from '@/lib/security/audit';
import type { ActionResult } from './action';

/** `input` null = 【キャンセル】: the automatic label stays and the registration still finishes. */
export async function saveLabel(flow: Flow, input: string | null, ip: string | null): Promise<ActionResult> {
  if (!flow.credential_id) return { notice: { code: 'register.failed' } };
  if (input === null) return { event: 'labelled' };
  const label = normalizeLabel(input.slice(0, 1000));
  if (!label) return { notice: { code: 'register.labelInvalid' } };
  const credentialId = flow.credential_id;
  await withTransaction(async (tx) => {
    await tx.updateTable('credentials').set({ label }).where('id', '=', credentialId).where('revoked_at', 'is', null).execute();
    await audit(tx, { type: 'credential.labelled', outcome: 'ok', holderId: flow.holder_id, credentialId, ip });
  });
  return { event: 'labelled' };
}
