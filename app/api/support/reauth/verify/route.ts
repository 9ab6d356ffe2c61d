import type { NextRequest } from 'next/server';
import { currentStaffSession } from '@/lib/auth/staff-session';
import { verifyReauth } from '@/lib/auth/staff-passkeys';
import { ceremonyVerifySchema } from '@/lib/auth/staff-schemas';
import { refusalResponse, requireStaff } from '@/lib/authz/guard';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';

export const POST = (req: NextRequest) =>
  jsonEndpoint(req, ceremonyVerifySchema, async ({ body, ip }) => {
    const access = await requireStaff('staff.manage');
    if (!access.ok) return refusalResponse(access);
    const session = await currentStaffSession();
    if (!session) return jsonFailure('staff.signin_required', 401);
    const result = await verifyReauth({ session, response: body.response, ip });
    return result.ok ? json({ ok: true }) : jsonFailure(result.code);
  });
