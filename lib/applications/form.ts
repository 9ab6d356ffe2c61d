import { z } from 'zod';
import { normalizeCardId, normalizeMedicalRegistrationNumber, parseBirthDate } from '@/lib/normalize';

/**
 * The re-issue application form (issue 9 #3): one zod schema, browser-safe, used by
 * react-hook-form in the browser and by the server's form action (decision 0025, extending 0010).
 * Every failure message is a label key (`reissueApply.invalid.*`), never text.
 */
export const REISSUE_REASONS = ['qrLost', 'passwordLocked', 'expired', 'phoneLost', 'other'] as const;
export type ReissueReason = (typeof REISSUE_REASONS)[number];

const text = (max: number) =>
  z
    .string()
    .transform((v) => v.normalize('NFKC').replace(/\s+/gu, ' ').trim())
    .pipe(z.string().min(1, 'reissueApply.invalid.required').max(max, 'reissueApply.invalid.tooLong'));

const digits = (min: number, max: number, key: string) =>
  z
    .string()
    .transform((v) => v.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212\u30FC\uFF0D]/gu, ''))
    .pipe(z.string().regex(new RegExp(`^\\d{${min},${max}}$`), key));

export const reissueApplicationForm = z.object({
  hasCard: z.enum(['yes', 'no'], { error: 'reissueApply.invalid.hasCard' }),
  cardId: z.string().transform((v, ctx) => {
    const id = normalizeCardId(v);
    if (id === null) ctx.addIssue({ code: 'custom', message: 'reissueApply.invalid.cardId' });
    return id ?? '';
  }),
  name: text(60),
  kana: text(60).pipe(z.string().regex(/^[\u30A0-\u30FF ]+$/u, 'reissueApply.invalid.kana')),
  birthDate: z.string().transform((v, ctx) => {
    const date = parseBirthDate(v);
    if (date === null) ctx.addIssue({ code: 'custom', message: 'reissueApply.invalid.birthDate' });
    return date ?? '';
  }),
  medicalRegistrationNumber: z.string().transform((v, ctx) => {
    const n = normalizeMedicalRegistrationNumber(v);
    if (n === null) ctx.addIssue({ code: 'custom', message: 'reissueApply.invalid.medicalRegistrationNumber' });
    return n ?? '';
  }),
  postalCode: digits(7, 7, 'reissueApply.invalid.postalCode'),
  address: text(200),
  phone: digits(10, 11, 'reissueApply.invalid.phone'),
  email: z.string().trim().pipe(z.email('reissueApply.invalid.email').max(254, 'reissueApply.invalid.tooLong')),
  reason: z.enum(REISSUE_REASONS, { error: 'reissueApply.invalid.reason' }),
});

export type ReissueApplicationInput = z.input<typeof reissueApplicationForm>;
export type ReissueApplication = z.output<typeof reissueApplicationForm>;
