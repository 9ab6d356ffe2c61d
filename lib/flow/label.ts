import 'server-only';
import type { Flow } from '@/lib/db/schema';
import { relabelCredential } from '@/lib/credentials/label';
import type { StepResult } from './journey';

/** `input` null = 【キャンセル】: the automatic label stays and the registration still finishes. */
export async function saveLabel(flow: Flow, input: string | null, ip: string | null): Promise<StepResult> {
  if (!flow.credential_id) return { notice: { code: 'register.failed' } };
  const ok = await relabelCredential(flow.credential_id, input, { holderId: flow.holder_id, ip });
  return ok ? { event: 'labelled' } : { notice: { code: 'register.labelInvalid' } };
}
