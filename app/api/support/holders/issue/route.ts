import type { NextRequest } from 'next/server';
import { actorOf } from '@/lib/auth/principal';
import { refusalResponse, requireFreshStaff } from '@/lib/authz/guard';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { getLang } from '@/lib/i18n/server';
import { issueTicketAsStaff } from '@/lib/support/actions';
import { issueTicketSchema } from '@/lib/support/action-schemas';

/** Admin: 【QRコードを発行】 with a reason; answers the printable card (the code is only in it). */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, issueTicketSchema, async ({ body }) => {
    const access = await requireFreshStaff('tickets.issue');
    if (!access.ok) return refusalResponse(access);
    const result = await issueTicketAsStaff(body, actorOf(access.principal), await getLang());
    return result.ok ? json(result) : jsonFailure(result.code);
  });
