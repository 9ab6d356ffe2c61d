import 'server-only';
import type { DeviceChange } from '@/lib/db/schema';
import { relabelCredential } from '@/lib/credentials/label';
import type { DeviceStepResult } from './journey';

/** ラベル登録 after a device change; `input` null = 【キャンセル】 keeps the automatic label. */
export async function saveDeviceLabel(
  change: DeviceChange,
  input: string | null,
  ip: string | null,
): Promise<DeviceStepResult> {
  if (!change.new_credential_id) return { notice: { code: 'register.failed' } };
  const saved = await relabelCredential(change.new_credential_id, input, { holderId: change.holder_id, ip });
  return saved ? { event: 'labelled' } : { notice: { code: 'register.labelInvalid' } };
}
