import 'server-only';
import type { Flow } from '@/lib/db/schema';
import { relabelCredential } from '@/lib/credentials/label';
import type { StepResult } from './journey';

/** `input` null = 【キャンセル】: the automatic label stays and the registration still finishes. */
export function saveLabel(flow: Flow, input: string | null, ip: string | null): StepResult {
  if (!flow.credential_id) return { notice: { code: 'register.failed' } };
  const write = relabelCredential(flow.credential_id, input, { holderId: flow.holder_id, ip });
  return write ? { event: 'labelled', write } : { notice: { code: 'register.labelInvalid' } };
}
