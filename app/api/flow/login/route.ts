import type { NextRequest } from 'next/server';
import { flowAction } from '@/lib/flow/action';
import { confirmPersonId } from '@/lib/flow/login';

/** ログイン: 「Username（本人ID）」 → 【ログイン】. */
export const POST = (req: NextRequest) =>
  flowAction(req, 'login', async ({ flow, form, ip }) => confirmPersonId(flow, form.get('username') ?? '', ip));
