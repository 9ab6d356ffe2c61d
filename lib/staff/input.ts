import { z } from 'zod';

/**
 * What an admin types to add a staff account (console form and `staff:add`): one schema for both.
 * Browser-safe: the console's form imports it too.
 */
export const STAFF_ROLES = ['support', 'admin'] as const;
export const MAX_STAFF_NAME_LENGTH = 100;

export const staffNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_STAFF_NAME_LENGTH)
  // Control characters and line breaks would forge lines in listings and the audit CSV.
  .refine((name) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(name));

export const newStaffSchema = z.object({ name: staffNameSchema, role: z.enum(STAFF_ROLES) }).strict();
export type NewStaffInput = z.output<typeof newStaffSchema>;

/** Staff ids are UUIDs (randomUUID); anything else names no account. */
export const staffIdSchema = z.string().uuid();
