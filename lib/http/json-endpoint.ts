import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { log } from '@/lib/log';
import { securityHeaders } from '@/lib/security/headers';
import { isSameOrigin } from '@/lib/security/origin';
import { BadRequest, readJson } from './body';
import { bodyRefusal } from './body-limits';
import { clientIp } from './client-ip';
import { jsonFailure } from './responses';

/**
 * One path for JSON endpoints our pages call: Origin check, a zod-validated body, AppError → its
 * catalogue code (200 with `ok: false`: an outcome for the page to show), malformed → 400,
 * cross-origin → 403, anything unexpected → 503 `server.unavailable`. Never a 500.
 */
export async function jsonEndpoint<S extends z.ZodType>(
  req: NextRequest,
  schema: S,
  handler: (ctx: { body: z.output<S>; ip: string | null }) => Promise<NextResponse>,
  options: { name?: string; alsoFrom?: readonly string[] } = {},
): Promise<NextResponse> {
  const name = options.name ?? req.nextUrl.pathname;
  return withJsonHeaders(await answer(req, schema, handler, name, options.alsoFrom));
}

async function answer<S extends z.ZodType>(
  req: NextRequest,
  schema: S,
  handler: (ctx: { body: z.output<S>; ip: string | null }) => Promise<NextResponse>,
  name: string,
  alsoFrom: readonly string[] | undefined,
): Promise<NextResponse> {
  // The endpoints outside proxy.ts's matcher (decision 0029) answer an over-limit or undeclared
  // body as the edge does (413 / 411), under `next start` too, where no start script is in front.
  const refused = bodyRefusal((h) => req.headers.get(h), req.nextUrl.pathname);
  if (refused) return jsonFailure('request.invalid', refused);
  if (!isSameOrigin(req.headers, alsoFrom)) return jsonFailure('request.forbidden', 403);
  try {
    const body = await readJson(req, schema);
    return await handler({ body, ip: clientIp(req.headers) });
  } catch (err) {
    if (err instanceof BadRequest) return jsonFailure('request.invalid', 400);
    if (err instanceof AppError) {
      log.info('json.refused', { endpoint: name, messageCode: err.code, cause: err.cause });
      return jsonFailure(err.code, 200, { params: err.params });
    }
    log.error('json.failed', { endpoint: name, error: err });
    return jsonFailure('server.unavailable', 503);
  }
}

/**
 * The headers proxy.ts gives every response, set here too: the WebAuthn endpoints are outside its
 * matcher. Never cached (the options name the holder); no CSP, which a JSON body has no use for.
 */
function withJsonHeaders(response: NextResponse): NextResponse {
  response.headers.set('Cache-Control', 'no-store');
  for (const [header, value] of Object.entries(securityHeaders(env().secureCookies)))
    response.headers.set(header, value);
  return response;
}
