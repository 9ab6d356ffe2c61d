import { z } from 'zod';
import { parseBirthDate } from '@/lib/normalize/birth-date';

/** One schema for a holder as the issuing system sends it (CLI flags, CSV rows, support console). */
export const holderInputSchema = z.object({
  personId: z.string().regex(/^\d{10}$/, '本人ID must be 10 digits'),
  cardId: z.string().regex(/^[0-9A-Z]{12}$/, 'カードID must be 12 characters [0-9A-Z]'),
  medicalRegistrationNumber: z.string().regex(/^[1-9]\d{0,5}$/, '医籍登録番号 must be 1–6 digits'),
  name: z.string().trim().min(1, 'name is required').max(100),
  kana: z
    .string()
    .trim()
    .min(1, 'kana is required')
    .max(100)
    .regex(/^[\p{Script=Katakana}ー・\s　]+$/u, 'kana must be katakana'),
  birthDate: z.string().transform((v, ctx) => {
    const iso = parseBirthDate(v);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: 'birth date is not a real date (YYYY-MM-DD)' });
      return z.NEVER;
    }
    return iso;
  }),
  certificateNotAfter: z.iso.date().optional(),
});

export type HolderInput = z.input<typeof holderInputSchema>;
export type ValidHolderInput = z.output<typeof holderInputSchema>;

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}
