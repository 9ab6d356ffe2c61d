import { registration } from '@/lib/flow/journey';
import { acceptCode } from '@/lib/flow/code';
import { enterCodeWithoutFlow } from '@/lib/flow/deep-link';
import { codeForm } from '@/lib/flow/forms';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';

/** 「登録コードを入力する」 (and the scanner and photo decoder, which fill the same form). */
export const POST = leanPost(
  path('flowCode'),
  registration.formAction('qr', codeForm, ({ body, ip }) => acceptCode(body.code, ip), {
    withoutRow: enterCodeWithoutFlow,
  }),
  { edge: true },
);
