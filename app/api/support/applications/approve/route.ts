import type { NextRequest } from 'next/server';
import { actorOf } from '@/lib/auth/principal';
import { refusalResponse, requireFreshStaff } from '@/lib/authz/guard';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { getLang } from '@/lib/i18n/server';
import { approveApplicationSchema } from '@/lib/support/action-schemas';
import { approveAsStaff } from '@/lib/support/applications';

/**
 * Admin: 【承認する】 a re-issue application (a sign-in no older than 5 minutes); answers the
 * printable card of the new ticket (the code is only in it).
 */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, approveApplicationSchema, async ({ body }) => {
    const access = await requireFreshStaff('applications.decide');
    if (!access.ok) return refusalResponse(access);
    const result = await approveAsStaff(body.applicationId, actorOf(access.principal), await getLang());
    return result.ok ? json(result) : jsonFailure(result.code);
  });
