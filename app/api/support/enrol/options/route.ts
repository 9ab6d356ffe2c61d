import type { NextRequest } from 'next/server';
import { enrolmentOptions } from '@/lib/auth/staff-passkeys';
import { enrolOptionsSchema } from '@/lib/auth/staff-schemas';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';

/**
 * Creation options for a staff enrolment link. No staff session exists yet: the link's token is
 * what authorises it (single use, 24 h), so this handler has no `requireStaff` (lib/routes.ts).
 */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, enrolOptionsSchema, async ({ body, ip }) => {
    const result = await enrolmentOptions(body.token, ip);
    return result.ok ? json({ ok: true, options: result.options }) : jsonFailure(result.code);
  });
