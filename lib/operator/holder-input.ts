import { z } from 'zod';
import { parseBirthDate } from '@/lib/normalize/birth-date';
import { normalizeMedicalRegistrationNumber } from '@/lib/normalize/person-id';
import { normalizeSerial } from '@/lib/normalize/certificate-serial';

/** A string field normalised as the doctor-facing forms normalise it; `message` when it cannot be. */
function normalized(normalize: (v: string) => string | null, message: string) {
  return z.string().transform((v, ctx) => {
    const value = normalize(v);
    if (value === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return value;
  });
}

/** One schema for a holder as the issuing system sends it (CLI flags, CSV rows, support console). */
export const holderInputSchema = z.object({
  personId: z.string().regex(/^\d{10}$/, '本人ID must be 10 digits'),
  cardId: z.string().regex(/^[0-9A-Z]{12}$/, 'カードID must be 12 characters [0-9A-Z]'),
  // As the ログイン form reads it, so what the doctor types there matches what is stored.
  medicalRegistrationNumber: normalized(
    normalizeMedicalRegistrationNumber,
    '医籍登録番号 must be a number of 1–6 digits (leading zeros are ignored)',
  ),
  name: z.string().trim().min(1, 'name is required').max(100),
  kana: z
    .string()
    .trim()
    .min(1, 'kana is required')
    .max(100)
    .regex(/^[\p{Script=Katakana}ー・\s　]+$/u, 'kana must be katakana'),
  birthDate: normalized(parseBirthDate, 'birth date is not a real date (YYYY-MM-DD)'),
  certificateNotAfter: z.iso.date().optional(),
  /** The 医師資格証 certificate's serial (hex, `:` allowed), for the re-issue with the IC card. */
  icCertificateSerial: z
    .string()
    .trim()
    .regex(/^[0-9A-Fa-f:]{1,64}$/, 'icCertificateSerial must be hexadecimal')
    .transform(normalizeSerial)
    .optional(),
  /** Its issuer DN as the certificate spells it; unset: any configured HPKI CA. */
  icCertificateIssuer: z.string().trim().min(1).max(500).optional(),
});

export type HolderInput = z.input<typeof holderInputSchema>;
export type ValidHolderInput = z.output<typeof holderInputSchema>;

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}
