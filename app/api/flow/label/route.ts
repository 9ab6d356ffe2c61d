import { labelForm } from '@/lib/credentials/label-form';
import { registration } from '@/lib/flow/journey';
import { saveLabel } from '@/lib/flow/label';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';

/** ラベル登録: 【OK】 saves the label, 【キャンセル】 keeps the automatic one; both finish. */
export const POST = leanPost(
  path('flowLabel'),
  registration.formAction('label', labelForm, ({ row, body, ip }) => saveLabel(row, body, ip)),
  { edge: true },
);
