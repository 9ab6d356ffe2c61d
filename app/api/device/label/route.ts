import { labelForm } from '@/lib/credentials/label-form';
import { deviceChange } from '@/lib/device/journey';
import { saveDeviceLabel } from '@/lib/device/label';

/** ラベル登録 after a device change: 【OK】 saves the label, 【キャンセル】 keeps the automatic one. */
export const POST = deviceChange.formAction('label', labelForm, ({ row, body, ip }) => saveDeviceLabel(row, body, ip));
