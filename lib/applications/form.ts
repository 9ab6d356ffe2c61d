import { z } from 'zod/mini';
import { REISSUE_REASONS } from './reasons';
import { normalizeCardId, normalizeMedicalRegistrationNumber, parseBirthDate } from '@/lib/normalize';

/**
 * The re-issue application form (issue 9 #3): one zod schema, browser-safe, used by
 * react-hook-form in the browser and by the server's form action (decision 0025, extending 0010).
 * Written with zod/mini, whose functions are tree-shaken: the browser carries only what the form
 * uses, not all of zod (decision 0030, the /reissue/apply page's first-load JavaScript).
 * Every failure message is a label key (`reissueApply.invalid.*`), never text.
 */
export { REISSUE_REASONS, type ReissueReason } from './reasons';

/** A string normalised by `fn`, then checked as a string again (zod/mini: no chained methods). */
const normalised = (fn: (v: string) => string, then: z.ZodMiniType<string, string>) =>
  z.pipe(z.pipe(z.string(), z.transform(fn)), then);

/** A value normalised by `fn`, which answers null for what it cannot read: then `message`. */
const readable = (fn: (v: string) => string | null, message: string) =>
  z.pipe(
    z.string(),
    z.transform((v: string, ctx) => {
      const value = fn(v);
      if (value === null) ctx.issues.push({ code: 'custom', message, input: v });
      return value ?? '';
    }),
  );

const text = (max: number) =>
  normalised(
    (v) => v.normalize('NFKC').replace(/\s+/gu, ' ').trim(),
    z.string().check(z.minLength(1, 'reissueApply.invalid.required'), z.maxLength(max, 'reissueApply.invalid.tooLong')),
  );

const digits = (min: number, max: number, key: string) =>
  normalised(
    (v) => v.normalize('NFKC').replace(/[\s\-\u2010-\u2015\u2212\u30FC\uFF0D]/gu, ''),
    z.string().check(z.regex(new RegExp(`^\\d{${min},${max}}$`), key)),
  );

export const reissueApplicationForm = z.object({
  hasCard: z.enum(['yes', 'no'], { error: 'reissueApply.invalid.hasCard' }),
  cardId: readable(normalizeCardId, 'reissueApply.invalid.cardId'),
  name: text(60),
  kana: z.pipe(text(60), z.string().check(z.regex(/^[\u30A0-\u30FF ]+$/u, 'reissueApply.invalid.kana'))),
  birthDate: readable(parseBirthDate, 'reissueApply.invalid.birthDate'),
  medicalRegistrationNumber: readable(
    normalizeMedicalRegistrationNumber,
    'reissueApply.invalid.medicalRegistrationNumber',
  ),
  postalCode: digits(7, 7, 'reissueApply.invalid.postalCode'),
  address: text(200),
  phone: digits(10, 11, 'reissueApply.invalid.phone'),
  email: normalised(
    (v) => v.trim(),
    z.email('reissueApply.invalid.email').check(z.maxLength(254, 'reissueApply.invalid.tooLong')),
  ),
  reason: z.enum(REISSUE_REASONS, { error: 'reissueApply.invalid.reason' }),
});

export type ReissueApplicationInput = z.input<typeof reissueApplicationForm>;
export type ReissueApplication = z.output<typeof reissueApplicationForm>;
