import type { NextRequest } from 'next/server';
import { actorOf } from '@/lib/auth/principal';
import { refusalResponse, requireFreshStaff } from '@/lib/authz/guard';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { rejectApplicationSchema, rejectionReason } from '@/lib/support/action-schemas';
import { rejectAsStaff } from '@/lib/support/applications';

/** Admin: 【却下する】 a re-issue application with a reason (a sign-in no older than 5 minutes). */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, rejectApplicationSchema, async ({ body }) => {
    const access = await requireFreshStaff('applications.decide');
    if (!access.ok) return refusalResponse(access);
    const reason = rejectionReason.safeParse(body.reason);
    if (!reason.success) return jsonFailure('staff.rejectionReasonRequired');
    const result = await rejectAsStaff(
      { applicationId: body.applicationId, reason: reason.data },
      actorOf(access.principal),
    );
    return result.ok ? json(result) : jsonFailure(result.code);
  });
