import { labelForm } from '@/lib/credentials/label-form';
import { deviceChange } from '@/lib/device/journey';
import { saveDeviceLabel } from '@/lib/device/label';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';

/** ラベル登録 after a device change: 【OK】 saves the label, 【キャンセル】 keeps the automatic one. */
export const POST = leanPost(
  path('deviceLabelSave'),
  deviceChange.formAction('label', labelForm, ({ row, body, ip }) => saveDeviceLabel(row, body, ip)),
  { edge: true },
);
