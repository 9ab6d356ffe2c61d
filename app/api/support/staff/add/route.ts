import type { NextRequest } from 'next/server';
import { actorOf } from '@/lib/auth/principal';
import { staffAddSchema } from '@/lib/auth/staff-schemas';
import { refusalResponse, requireFreshStaff } from '@/lib/authz/guard';
import { env } from '@/lib/env';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { enrolmentPath } from '@/lib/routes';
import { addStaffMember } from '@/lib/staff/manage';

/** Admin: adds a staff account and answers its enrolment link, this once (it is stored hashed). */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, staffAddSchema, async ({ body }) => {
    const access = await requireFreshStaff('staff.manage');
    if (!access.ok) return refusalResponse(access);
    const added = await addStaffMember(body, actorOf(access.principal));
    if (!added.ok) return jsonFailure(added.code);
    return json({
      ok: true,
      staffId: added.staffId,
      name: added.name,
      role: added.role,
      enrolUrl: new URL(enrolmentPath(added.token), env().publicOrigin).toString(),
      expiresAt: added.expiresAt,
    });
  });
