import type { NextRequest } from 'next/server';
import { labelInput } from '@/lib/credentials/label';
import { flowAction } from '@/lib/flow/action';
import { saveLabel } from '@/lib/flow/label';

/** ラベル登録: 【OK】 saves the label, 【キャンセル】 keeps the automatic one; both finish. */
export const POST = (req: NextRequest) =>
  flowAction(req, 'label', async ({ flow, form, ip }) => saveLabel(flow, labelInput(form), ip));
