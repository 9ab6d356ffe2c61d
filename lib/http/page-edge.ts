import type { IncomingMessage, ServerResponse } from 'node:http';
import { DATABASE_DOWN_HEADER } from './database-down';
import { path } from '@/lib/routes';
import { contentSecurityPolicy, edgeHeaders, newNonce } from '@/lib/security/headers';

/**
 * What the edge does for a request before its page renders (docs/decisions/0033-page-edge.md):
 * proxy.ts under `next start`, scripts/start.ts itself for a page GET under `npm start` (so that
 * Next.js does not run proxy.ts's machinery for it: about 5 ms of CPU a page here). One function,
 * so both say the same: the CSP nonce (Next.js reads it from the request's CSP header), the page's
 * path for the language switch, the database check and its 503, and the answer's headers. No
 * `server-only`: the start script imports it.
 */
/**
 * Set by scripts/start.ts on a page GET whose edge work it did; proxy.ts's matcher skips such a
 * request (the matcher spells it out: Next.js reads it statically). lib/http/client-ip.ts removes
 * it from every request as it arrives, before the start script sets it, so no client can send it.
 */
export const EDGE_HEADER = 'x-hpki-edge';

export type PageEdge = {
  /** Request headers to set (any the client sent under these names is replaced). */
  set: Record<string, string>;
  /** Request headers a client must not be able to send. */
  drop: string[];
  /** The answer's status, when the edge decides it (the database down, /unavailable). */
  status?: number;
  /** Set on the answer, over what the page set. */
  responseHeaders: Record<string, string>;
};

/** Paths that need no database (help) or answer a database failure themselves (API, QR link). */
const NO_DATABASE = /^\/(?:api|help|r|unavailable|_next)(?:\/|$)|^\/reissue$|\.\w+$/;

export async function pageEdge(
  pathname: string,
  notice: string | null,
  options: { dev: boolean; https: boolean; databaseAvailable: () => Promise<boolean> },
): Promise<PageEdge> {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, options.dev);
  const set: Record<string, string> = {
    'x-nonce': nonce,
    'content-security-policy': csp,
    // The page the language switch returns to; a carried notice (lib/flow/notice.ts) is part of it.
    'x-hpki-path': pathname + (notice ? `?notice=${encodeURIComponent(notice)}` : ''),
  };
  // A page cannot set its status: while the database is down, the layout renders server.unavailable
  // in place of the page and the status is set here (docs/decisions/0007-database-unavailable.md).
  const down = !NO_DATABASE.test(pathname) && !(await options.databaseAvailable());
  if (down) set[DATABASE_DOWN_HEADER] = '1';
  return {
    set,
    drop: down ? [] : [DATABASE_DOWN_HEADER],
    status: down || pathname === path('unavailable') ? 503 : undefined,
    responseHeaders: edgeHeaders(csp, options.https),
  };
}

/** A page GET (or HEAD) the start script may do the edge work for: not an API route, not a file of Next.js's. */
export function isPageRequest(method: string | undefined, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (/^\/(?:api|_next)(?:\/|$)|^\/favicon\.ico$/.test(pathname)) return false;
  // An undecodable path is proxy.ts's to answer (QR entry's notice, or the not-found page).
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * scripts/start.ts: does the edge work for a page request, then hands it to Next.js (`next`)
 * marked `EDGE_HEADER`, so that proxy.ts is not run for it; the answer gets the edge's status and
 * headers as proxy.ts's would.
 */
export async function servePageEdge(
  req: IncomingMessage,
  res: ServerResponse,
  next: (req: IncomingMessage, res: ServerResponse) => unknown,
  options: { https: boolean; databaseAvailable: () => Promise<boolean> },
): Promise<void> {
  let edge: PageEdge;
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    edge = await pageEdge(url.pathname, url.searchParams.get('notice'), { ...options, dev: false });
  } catch {
    // Unmarked, the request goes through proxy.ts, which answers it as before.
    return void next(req, res);
  }
  for (const name of edge.drop) delete req.headers[name];
  Object.assign(req.headers, edge.set, { [EDGE_HEADER]: '1' });
  // As Next.js applies a proxy's status: before the page renders, which may still set its own.
  if (edge.status) res.statusCode = edge.status;
  const lowerCase = Object.fromEntries(Object.entries(edge.responseHeaders).map(([n, v]) => [n.toLowerCase(), v]));
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    for (const [name, value] of Object.entries(edge.responseHeaders)) this.setHeader(name, value);
    // Headers handed to writeHead itself win over setHeader's: ours go over them too.
    const given = args.find((a, i) => i > 0 && a && typeof a === 'object' && !Array.isArray(a)) as
      Record<string, unknown> | undefined;
    if (given)
      for (const key of Object.keys(given)) {
        const ours = lowerCase[key.toLowerCase()];
        if (ours !== undefined) given[key] = ours;
      }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
  await next(req, res);
}

const DATABASE_CHECK = Symbol.for('hpki.databaseCheck');
type Offered = { [DATABASE_CHECK]?: () => Promise<boolean> };

/**
 * instrumentation.ts offers the app's database check (lib/db/client.ts `databaseAvailable`) to the
 * start script, which cannot import the app's database module itself (`server-only`).
 */
export function offerDatabaseCheck(check: () => Promise<boolean>): void {
  (globalThis as Offered)[DATABASE_CHECK] = check;
}

/** The check instrumentation.ts offered; none (`next dev`, or before it ran): no page edge. */
export function offeredDatabaseCheck(): (() => Promise<boolean>) | undefined {
  return (globalThis as Offered)[DATABASE_CHECK];
}
