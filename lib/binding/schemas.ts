import { z } from 'zod';

/** Request bodies of the ceremony endpoints (the WebAuthn response itself is validated in lib/webauthn). */
export const optionsRequestSchema = z.object({ marker: z.string().max(1400).nullish() }).strict();
export const ceremonyResultSchema = z.object({ response: z.unknown() }).strict();
export const emptySchema = z.object({}).strict();
