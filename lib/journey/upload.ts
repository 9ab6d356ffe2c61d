import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { withTransaction } from '@/lib/db/client';
import { BadRequest, BodyTooLarge, discardBody, readMultipart } from '@/lib/http/body';
import { bodyLimit } from '@/lib/http/body-limits';
import { clientIp } from '@/lib/http/client-ip';
import { forbidden, seeOther, unavailable } from '@/lib/http/responses';
import { log } from '@/lib/log';
import type { ErrorCode } from '@/lib/messages';
import { isSameOrigin } from '@/lib/security/origin';
import type { Journey } from './kernel';
import type { Notice } from './notice';
import type { JourneyColumns, JourneyRow, JourneyTable } from './store';

/**
 * What an upload step's handler answers: an event for the graph, or a notice to show on the
 * step's page. Either may `set` columns — a refused photo keeps what was typed, so the form comes
 * back filled in. Without a row, `set` is what starts the journey; a notice without `set` and
 * without a row (nothing worth keeping) travels in the page's address instead (`carry`).
 */
export type UploadResult<T extends JourneyTable, E extends string> =
  { event: E; set?: JourneyColumns<T> } | { notice: Notice; set?: JourneyColumns<T> };

export type UploadContext<Row> = {
  /** The journey's row at this step, or undefined: this post starts the journey. */
  row: Row | undefined;
  form: FormData;
  ip: string | null;
};

/** Over the limit, the body is read and dropped up to this much, so the browser gets the answer. */
const DISCARD_UP_TO = 64 * 1024 * 1024;

/**
 * A form step that posts multipart with a file (decision 0025): the kernel's formAction for an
 * upload, and the journey's way in. Origin check; the row, if any, must be at `step` (a row whose
 * journey is over counts as none: this starts a new one); the body is read by its own counting
 * reader up to its limit in lib/http/body-limits.ts — the endpoint is outside proxy.ts — and a
 * larger one gets `tooLarge` without being kept; the handler answers an event or a notice. The
 * doctor always lands on a page that explains what happened; nothing answers 500.
 */
export function uploadAction<T extends JourneyTable, S extends string, E extends string, C extends ErrorCode>(
  journey: Journey<T, S, E, C>,
  step: S,
  options: {
    /** What a body over the limit gets (without reading it). */
    tooLarge: Notice;
    handler: (ctx: UploadContext<JourneyRow<T>>) => Promise<UploadResult<T, E>>;
    /** The step's page showing `notice` with no row to keep it in. */
    carry: (notice: Notice) => string;
  },
) {
  const { definition } = journey;
  const page = definition.paths[step];
  return async (req: NextRequest): Promise<NextResponse> => {
    if (!isSameOrigin(req.headers)) return forbidden();
    try {
      let row = await journey.current(req.cookies);
      if (row && definition.decide(row, step, Date.now()).kind !== 'render') {
        // A second tab or a stale page: the upload is not needed, only the way to the row's page.
        await discardBody(req, DISCARD_UP_TO);
        return seeOther(journey.currentPath(row, step));
      }
      if (row && definition.stepOf(row) !== step) row = undefined;

      let result: UploadResult<T, E>;
      try {
        const form = await readMultipart(req, bodyLimit(req.nextUrl.pathname));
        result = await options.handler({ row, form, ip: clientIp(req.headers) });
      } catch (err) {
        if (!(err instanceof BadRequest)) throw err;
        await discardBody(req, DISCARD_UP_TO);
        result = { notice: err instanceof BodyTooLarge ? options.tooLarge : { code: 'request.invalid' } };
      }

      const current = row;
      const outcome = await withTransaction(async (tx) => {
        if ('notice' in result) {
          const { notice, set } = result;
          if (current) {
            await definition.store.advance(tx, current.id, step, { notice, set });
            return { to: page };
          }
          if (!set) return { to: options.carry(notice) };
          const created = await journey.createAt(tx, step, set, { notice });
          return { to: page, token: created.token };
        }
        const { event, set } = result;
        if (current) {
          const next = await journey.advance(tx, current, event, { set });
          return { to: next ? definition.paths[next] : null };
        }
        const created = await journey.createAt(tx, step, set);
        const fresh = await definition.store.find(tx, created.id);
        const next = fresh ? await journey.advance(tx, fresh, event) : null;
        return { to: next ? definition.paths[next] : page, token: created.token };
      });
      const to = outcome.to ?? journey.currentPath(await journey.current(req.cookies), step);
      const response = seeOther(to);
      return outcome.token ? journey.setCookie(response, outcome.token) : response;
    } catch (err) {
      log.error('journey.upload.failed', { journey: definition.name, step, error: err });
      return unavailable();
    }
  };
}
