import { registration } from '@/lib/flow/journey';
import { personIdForm } from '@/lib/flow/forms';
import { confirmPersonId } from '@/lib/flow/login';

/** ログイン: 「Username（本人ID）」 → 【ログイン】. */
export const POST = registration.formAction('login', personIdForm, ({ row, body, ip }) =>
  confirmPersonId(row, body.username, ip),
);
