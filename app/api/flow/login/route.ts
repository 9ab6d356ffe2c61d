import { registration } from '@/lib/flow/journey';
import { personIdForm } from '@/lib/flow/forms';
import { confirmPersonId } from '@/lib/flow/login';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';

/** ログイン: 「Username（本人ID）」 → 【ログイン】. */
export const POST = leanPost(
  path('flowLogin'),
  registration.formAction('login', personIdForm, ({ row, body, ip }) => confirmPersonId(row, body.username, ip)),
  { edge: true },
);
