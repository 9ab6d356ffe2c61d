import { labelForm } from '@/lib/credentials/label-form';
import { registration } from '@/lib/flow/journey';
import { saveLabel } from '@/lib/flow/label';

/** ラベル登録: 【OK】 saves the label, 【キャンセル】 keeps the automatic one; both finish. */
export const POST = registration.formAction('label', labelForm, ({ row, body, ip }) => saveLabel(row, body, ip));
