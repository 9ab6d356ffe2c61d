import type { NextRequest } from 'next/server';
import { actorOf } from '@/lib/auth/principal';
import { refusalResponse, requireFreshStaff } from '@/lib/authz/guard';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { json, jsonFailure } from '@/lib/http/responses';
import { expireTicketsAsStaff } from '@/lib/support/actions';
import { holderActionSchema } from '@/lib/support/action-schemas';

/** Admin: 【QRコードを無効化】 with a reason (a card reported lost or stolen). */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, holderActionSchema, async ({ body }) => {
    const access = await requireFreshStaff('tickets.expire');
    if (!access.ok) return refusalResponse(access);
    const result = await expireTicketsAsStaff(body, actorOf(access.principal));
    return result.ok ? json(result) : jsonFailure(result.code);
  });
