import { z } from 'zod';

/** ラベル登録: 【OK】 sends the label, 【キャンセル】 sends action=cancel (null: keep the automatic label). */
export const labelForm = z
  .object({ action: z.string().catch(''), label: z.string().catch('') })
  .transform(({ action, label }) => (action === 'cancel' ? null : label));
