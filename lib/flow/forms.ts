import { z } from 'zod';
import { normalizePersonId } from '@/lib/normalize/person-id';

/**
 * The registration step forms, one zod schema each (decision 0010), parsed by the kernel's
 * formAction. Browser-safe. A missing field reads as empty: the step handler then says what is
 * wrong with it in the step's own words (a wrong code, a wrong password) rather than a generic
 * "invalid request".
 */
const field = z.string().catch('');

/** 「登録コードを入力する」 (the scanner and the photo decoder fill the same field). */
export const codeForm = z.object({ code: field });
/** 「初期登録用のパスワード（生年月日8桁）」. */
export const passwordForm = z.object({ password: field.transform((v) => v.slice(0, 100)) });
/** 「Username（本人ID）」, in its canonical form (NFKC, no separators); '' when it cannot be one. */
export const personIdForm = z.object({
  username: field.transform((v) => normalizePersonId(v.slice(0, 100)) ?? ''),
});
