import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import type { z } from 'zod';
import { withTransaction, type Tx } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { BadRequest, readForm } from '@/lib/http/body';
import { clientIp } from '@/lib/http/client-ip';
import { readCookie, setCookie, type CookieName, type CookieSource } from '@/lib/http/cookies';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { forbidden, seeOther, unavailable } from '@/lib/http/responses';
import { log } from '@/lib/log';
import type { ErrorCode } from '@/lib/messages';
import { isSameOrigin } from '@/lib/security/origin';
import type { Notice } from './notice';
import type { JourneyChange, JourneyColumns, JourneyRow, JourneyStore, JourneyTable } from './store';

/**
 * The journey kernel (architecture.md principle 2; decision 0015). A journey — registration,
 * device change, and next the re-issue application and staff enrolment — is a *definition*: its
 * row store, cookie, steps' paths, step graph and which step may be used now. The kernel turns
 * it into everything the journeys used to write each for itself: the guard and the 303 of a form
 * step, the guard of a JSON step, the guarded advance by event, and creating a row at a given
 * step; ./page.ts adds the guard of a step page. Definitions sit above the kernel; the kernel
 * knows none of them. No page-only imports here (next/headers, next/navigation): the binding
 * layer advances journeys from the CLI and the crash tests too, outside Next.
 */

/** What a request for `step` gets: the step itself, another step's page, or a message. */
export type StepDecision<S extends string, C extends ErrorCode = ErrorCode> =
  { kind: 'render' } | { kind: 'redirect'; to: S } | { kind: 'interrupt'; code: C };

export type JourneyDefinition<T extends JourneyTable, S extends string, E extends string, C extends ErrorCode> = {
  /** For logs: `registration`, `deviceChange`. */
  name: string;
  store: JourneyStore<T, S>;
  /** The cookie that carries the journey's token (lib/http/cookies.ts). */
  cookie: CookieName;
  paths: Record<S, string>;
  /** The step a row is at (a value the code no longer knows counts as the first step). */
  stepOf(row: JourneyRow<T>): S;
  decide(row: JourneyRow<T> | undefined, step: S, now: number): StepDecision<S, C>;
  /** The step graph: where `event` leads from the row's step, or null when it is not allowed there. */
  transition(row: JourneyRow<T>, event: E): S | null;
  /** What a JSON step endpoint answers when the request has no row at all. */
  missing: C;
};

export type StepContext<Row, T> = { row: Row; body: T; ip: string | null; req: NextRequest };

/**
 * A form step's outcome: an event for the graph (and columns to set, and a `write` of other tables
 * that commits with the step only if this request moves the row), or a notice to show.
 */
export type FormResult<T extends JourneyTable, E extends string> =
  { event: E; set?: JourneyColumns<T>; write?: (tx: Tx) => Promise<void> } | { notice: Notice };

export type Journey<T extends JourneyTable, S extends string, E extends string, C extends ErrorCode> = ReturnType<
  typeof defineJourney<T, S, E, C>
>;

export function defineJourney<T extends JourneyTable, S extends string, E extends string, C extends ErrorCode>(
  definition: JourneyDefinition<T, S, E, C>,
) {
  type Row = JourneyRow<T>;
  const { store, paths } = definition;
  const current = (source: CookieSource) => store.load(readCookie(source, definition.cookie));
  const currentPath = (row: Row | undefined, fallback: S) => paths[row ? definition.stepOf(row) : fallback];

  /**
   * Moves the row along `event` from the step it was read at. Answers the step it moved to, or
   * null when the event is not allowed there or another request moved the row first.
   */
  async function advance(
    tx: Tx,
    row: Row,
    event: E,
    change: Omit<JourneyChange<T, S>, 'step'> = {},
    now = Date.now(),
  ): Promise<S | null> {
    const next = definition.transition(row, event);
    if (!next) return null;
    const moved = await store.advance(tx, row.id, definition.stepOf(row), { notice: null, ...change, step: next }, now);
    return moved ? next : null;
  }

  return {
    definition,
    current,
    advance,

    /** A row already at `step` (a fresh start, or a sandbox set up by support); set its cookie. */
    createAt(tx: Tx, step: S, set?: JourneyColumns<T>, options?: { notice?: Notice | null; now?: number }) {
      return store.create(tx, step, set, options);
    },
    setCookie(response: NextResponse, token: string) {
      setCookie(response, definition.cookie, token);
      return response;
    },

    /**
     * A JSON step endpoint: Origin check, zod body (jsonEndpoint), and the row must be at `step`;
     * otherwise `{ ok: false, code }` says why (`flow.back`, `device.expired`, …) with the step's
     * page in `params.next`.
     */
    jsonAction<Sch extends z.ZodType>(
      req: NextRequest,
      step: S,
      schema: Sch,
      handler: (ctx: StepContext<Row, z.output<Sch>>) => Promise<NextResponse>,
    ): Promise<NextResponse> {
      return jsonEndpoint(req, schema, async ({ body, ip }) => {
        const row = await current(req.cookies);
        const decision = definition.decide(row, step, Date.now());
        if (!row || decision.kind !== 'render') {
          const code = decision.kind === 'interrupt' ? decision.code : definition.missing;
          throw new AppError(code, { params: { next: paths[step] } });
        }
        return handler({ row, body, ip, req });
      });
    },

    /**
     * A form step (plain HTML POST → 303): Origin check, the row must be at `step`, the form is
     * parsed by `schema`, and the handler answers an event or a notice. A notice is stored on the
     * row and shown by the step's page; an event moves the row by the graph, only if it is still at
     * `step`. Whatever happens the doctor lands on a page that explains it; nothing answers 500. A
     * step that can also be used without a row (QR entry) says how with `withoutRow`.
     */
    formAction<Sch extends z.ZodType<unknown, Record<string, string>>>(
      step: S,
      schema: Sch,
      handler: (ctx: StepContext<Row, z.output<Sch>>) => Promise<FormResult<T, E>> | FormResult<T, E>,
      options: { withoutRow?: (req: NextRequest) => Promise<NextResponse> } = {},
    ) {
      return async (req: NextRequest): Promise<NextResponse> => {
        if (!isSameOrigin(req.headers)) return forbidden();
        try {
          const row = await current(req.cookies);
          if (!row) return options.withoutRow ? await options.withoutRow(req) : seeOther(paths[step]);
          // Anything but this step (a double tap, a second tab, Back, idle): the row's own page says
          // where the doctor is and why.
          if (definition.decide(row, step, Date.now()).kind !== 'render') return seeOther(currentPath(row, step));

          let result: FormResult<T, E>;
          try {
            const parsed = schema.safeParse(Object.fromEntries(await readForm(req)));
            result = parsed.success
              ? await handler({ row, body: parsed.data, ip: clientIp(req.headers), req })
              : { notice: { code: 'request.invalid' } };
          } catch (err) {
            if (!(err instanceof BadRequest)) throw err;
            result = { notice: { code: 'request.invalid' } };
          }
          if ('notice' in result) {
            const { notice } = result;
            await withTransaction((tx) => store.advance(tx, row.id, step, { notice }));
            return seeOther(paths[step]);
          }
          const { event, set, write } = result;
          const next = await withTransaction(async (tx) => {
            const moved = await advance(tx, row, event, { set });
            // A double tap: only the request that moved the row writes.
            if (moved && write) await write(tx);
            return moved;
          });
          if (next) return seeOther(paths[next]);
          return seeOther(currentPath(await current(req.cookies), step));
        } catch (err) {
          log.error('journey.action.failed', { journey: definition.name, step, error: err });
          return unavailable();
        }
      };
    },

    /** The page of the step `row` is at (`fallback`'s without a row). */
    currentPath,
  };
}
