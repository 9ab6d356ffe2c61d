import { z } from 'zod';

export const loginVerifySchema = z
  .object({ medicalRegistrationNumber: z.string().max(40), response: z.unknown() })
  .strict();
