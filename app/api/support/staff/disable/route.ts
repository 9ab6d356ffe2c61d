import type { NextRequest } from 'next/server';
import { actorOf } from '@/lib/auth/principal';
import { staffDisableSchema } from '@/lib/auth/staff-schemas';
import { refusalResponse, requireFreshStaff } from '@/lib/authz/guard';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { disableStaffMember } from '@/lib/staff/manage';

/** Admin: disables a staff account and ends its sessions. */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, staffDisableSchema, async ({ body }) => {
    const access = await requireFreshStaff('staff.manage');
    if (!access.ok) return refusalResponse(access);
    const result = await disableStaffMember(body.staffId, actorOf(access.principal));
    return result.ok ? json({ ok: true, sessionsEnded: result.sessionsEnded }) : jsonFailure(result.code);
  });
