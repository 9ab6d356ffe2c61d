import { z } from 'zod';

/**
 * The support console's admin actions on a holder (issue 8 #3), one zod schema each. Browser-safe.
 * Every action needs a reason: it goes into the audit row with the staff actor.
 */
const holderId = z.string().regex(/^[0-9a-f-]{36}$/);
export const REASON_MAX = 200;
const reason = z.string().trim().min(1).max(REASON_MAX);

export const issueTicketSchema = z
  .object({
    holderId,
    reason,
    replacesDevice: z.boolean().default(false),
    ttlDays: z.number().int().min(1).max(365).optional(),
  })
  .strict();
export const holderActionSchema = z.object({ holderId, reason }).strict();

/** 【承認する】 / 【却下する】 on a re-issue application (issue 9 #3). */
const applicationId = z.string().regex(/^[0-9a-f-]{36}$/);
export const REJECTION_MAX = 500;
/** The staff member's reason for 【却下する】: required, at most 500 characters once trimmed. */
export const rejectionReason = z.string().trim().min(1).max(REJECTION_MAX);
export const approveApplicationSchema = z.object({ applicationId }).strict();
// The body allows any string up to a bound; the handler reads it with `rejectionReason`, so a
// missing or over-long reason gets its catalogue message instead of a bare 400.
export const rejectApplicationSchema = z.object({ applicationId, reason: z.string().max(REJECTION_MAX * 4) }).strict();
