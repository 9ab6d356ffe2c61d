import { z } from 'zod';

/** Bodies of the support console's JSON endpoints (browser-safe: the console posts these shapes). */

/** An enrolment link's token: 32 random bytes in base64url (43 characters); bounded, not trusted. */
const enrolmentToken = z.string().min(1).max(200);

export const enrolOptionsSchema = z.object({ token: enrolmentToken }).strict();
export const enrolVerifySchema = z.object({ token: enrolmentToken, response: z.unknown() }).strict();
export const ceremonyOptionsSchema = z.object({}).strict();
export const ceremonyVerifySchema = z.object({ response: z.unknown() }).strict();
/** Loose on purpose: a bad name is answered `staff.nameInvalid` by the handler, not 400. */
export const staffAddSchema = z.object({ name: z.string().max(1000), role: z.string().max(20) }).strict();
export const staffDisableSchema = z.object({ staffId: z.string().max(100) }).strict();
