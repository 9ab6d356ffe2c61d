import { registration } from '@/lib/flow/journey';
import { passwordForm } from '@/lib/flow/forms';
import { checkPassword } from '@/lib/flow/password';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';

/** 「初期登録用のパスワード（生年月日8桁）」 → 【OK】. */
export const POST = leanPost(
  path('flowPassword'),
  registration.formAction('password', passwordForm, ({ row, body, ip }) => checkPassword(row, body.password, ip)),
  { edge: true },
);
