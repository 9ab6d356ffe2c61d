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
