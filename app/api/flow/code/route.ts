import type { NextRequest } from 'next/server';
import { flowAction } from '@/lib/flow/action';
import { acceptCode } from '@/lib/flow/code';
import { enterCodeWithoutFlow } from '@/lib/flow/deep-link';

/** 「登録コードを入力する」 (and the scanner and photo decoder, which fill the same form). */
export const POST = (req: NextRequest) =>
  flowAction(req, 'qr', async ({ form, ip }) => acceptCode(form.get('code') ?? '', ip), enterCodeWithoutFlow);
