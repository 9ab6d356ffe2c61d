import type { NextRequest } from 'next/server';
import { currentStaffSession } from '@/lib/auth/staff-session';
import { reauthOptions } from '@/lib/auth/staff-passkeys';
import { ceremonyOptionsSchema } from '@/lib/auth/staff-schemas';
import { refusalResponse, requireStaff } from '@/lib/authz/guard';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';

/** Re-authentication in place (before an admin action): options for the session's own passkeys. */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, ceremonyOptionsSchema, async ({ ip }) => {
    const access = await requireStaff('staff.manage');
    if (!access.ok) return refusalResponse(access);
    const session = await currentStaffSession();
    if (!session) return jsonFailure('staff.signin_required', 401);
    const result = await reauthOptions(session, ip);
    return result.ok ? json({ ok: true, options: result.options }) : jsonFailure(result.code);
  });
