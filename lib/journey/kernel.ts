import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { readCookie, type CookieName, type CookieSource } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import type { ErrorCode } from '@/lib/messages';

/**
 * The journey kernel (architecture.md principle 2; decision 0015). A journey — registration,
 * device change, and next the re-issue application and staff enrolment — is a *definition*: its
 * steps' paths, its cookie, how its row is loaded (hashed token, idle limit) and which step may be
 * used now. The kernel turns that into the two things every journey repeated: the guard of a
 * JSON step endpoint and the guard of a step page. Step graphs stay in the definitions
 * (`transition` in lib/flow/machine.ts, `DEVICE_TRANSITIONS` in lib/device/store.ts).
 */

/** What a request for `step` gets: the step itself, another step's page, or a message. */
export type StepDecision<S extends string, C extends ErrorCode = ErrorCode> =
  { kind: 'render' } | { kind: 'redirect'; to: S } | { kind: 'interrupt'; code: C };

export type JourneyDefinition<Row, S extends string, C extends ErrorCode = ErrorCode> = {
  /** The cookie that carries the journey's token (lib/http/cookies.ts). */
  cookie: CookieName;
  paths: Record<S, string>;
  /** The row behind a token, or undefined when there is none or it has been idle too long. */
  load(token: string | undefined): Promise<Row | undefined>;
  decide(row: Row | undefined, step: S, now: number): StepDecision<S, C>;
};

export type StepContext<Row, T> = { row: Row; body: T; ip: string | null; req: NextRequest };

export type Journey<Row, S extends string, C extends ErrorCode = ErrorCode> = {
  definition: JourneyDefinition<Row, S, C>;
  /** The journey's row for this request's (or page's) cookie. */
  current(source: CookieSource): Promise<Row | undefined>;
  /**
   * A JSON step endpoint: Origin check, zod body (jsonEndpoint), and the row must be at `step`;
   * otherwise `{ ok: false, code }` says why (`flow.back`, `flow.expired`, …) with the step's page.
   */
  jsonAction<Sch extends z.ZodType>(
    req: NextRequest,
    step: S,
    schema: Sch,
    handler: (ctx: StepContext<Row, z.output<Sch>>) => Promise<NextResponse>,
  ): Promise<NextResponse>;
  /** A step page: redirects where the definition says, else the row and whether to render. */
  stepPage(step: S, now?: number): Promise<{ row: Row | undefined; decision: StepDecision<S, C> }>;
};

export function defineJourney<Row, S extends string, C extends ErrorCode = ErrorCode>(
  definition: JourneyDefinition<Row, S, C>,
): Journey<Row, S, C> {
  const current = (source: CookieSource) => definition.load(readCookie(source, definition.cookie));
  return {
    definition,
    current,
    jsonAction(req, step, schema, handler) {
      return jsonEndpoint(req, schema, async ({ body, ip }) => {
        const row = await current(req.cookies);
        const decision = definition.decide(row, step, Date.now());
        if (!row || decision.kind !== 'render') {
          throw new AppError(decision.kind === 'interrupt' ? decision.code : 'flow.back', {
            params: { next: definition.paths[step] },
          });
        }
        return handler({ row, body, ip, req });
      });
    },
    async stepPage(step, now = Date.now()) {
      const row = await current(await cookies());
      const decision = definition.decide(row, step, now);
      if (decision.kind === 'redirect') redirect(definition.paths[decision.to]);
      return { row, decision };
    },
  };
}
