import 'server-only';
import type { DeviceChange } from '@/lib/db/schema';
import { relabelCredential } from '@/lib/credentials/label';
import type { DeviceStepResult } from './journey';

/** ラベル登録 after a device change; `input` null = 【キャンセル】 keeps the automatic label. */
export function saveDeviceLabel(change: DeviceChange, input: string | null, ip: string | null): DeviceStepResult {
  if (!change.new_credential_id) return { notice: { code: 'register.failed' } };
  const write = relabelCredential(change.new_credential_id, input, { holderId: change.holder_id, ip });
  return write ? { event: 'labelled', write } : { notice: { code: 'register.labelInvalid' } };
}
