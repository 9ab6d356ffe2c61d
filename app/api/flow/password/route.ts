import type { NextRequest } from 'next/server';
import { flowAction } from '@/lib/flow/action';
import { checkPassword } from '@/lib/flow/password';

/** 「初期登録用のパスワード（生年月日8桁）」 → 【OK】. */
export const POST = (req: NextRequest) =>
  flowAction(req, 'password', async ({ flow, form, ip }) => checkPassword(flow, form.get('password') ?? '', ip));
