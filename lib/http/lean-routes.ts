import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentSecurityPolicy, edgeHeaders, newNonce } from '@/lib/security/headers';
import { JSON_TEXT, LeanRequest } from './lean-request';

/**
 * The lean path of the doctor's JSON endpoints, the journeys' form steps and the QR code's link (docs/decisions/
 * 0029-lean-webauthn-path.md, 0031-lean-form-steps-and-one-commit-verify.md). Next.js's own handling of a route handler —
 * routing, request and work stores, Web streams both ways, proxy.ts — cost about 5 ms of CPU per
 * request here, more than the work of most of them. A route module offers its POST handler by path
 * when Next.js loads it (`leanPost`), and scripts/start.ts hands later requests for exactly that
 * path to the same function, in the same module instance (so the same database handle), with a
 * request built from the Node.js one. The handler is unchanged: its Origin check, body limit,
 * schema, cookies and answers are as before. A JSON endpoint is outside proxy.ts's matcher, so
 * Next.js would run nothing else for it either; a form step is inside it (`edge`), and gets the
 * headers proxy.ts would set. Handlers here must not use next/headers (cookies(), headers()),
 * after() or next/navigation: they read the request they are given. `next start` (or a path not
 * yet loaded) goes through Next.js as usual. No `server-only`: the start script imports it.
 */
type Handler = (req: never) => Promise<Response> | Response;
/** `edge`: the path is inside proxy.ts's matcher, so its answers get what proxy.ts would set. */
export type LeanRoute = { handler: Handler; edge: boolean };

/** A registry shared by every copy of this module in the process (Next.js's bundle and the start script's). */
function globalRegistry<V>(key: symbol): Map<string, V> {
  const global = globalThis as { [key: symbol]: Map<string, V> | undefined };
  return (global[key] ??= new Map());
}
const registry = () => globalRegistry<LeanRoute>(Symbol.for('hpki.leanRoutes'));

/**
 * A route module's POST handler, also served on the lean path once Next.js has loaded the module.
 * `edge: true` for a path inside proxy.ts's matcher (the journeys' form steps): the lean path then
 * sets proxy.ts's response headers (lib/security/headers.ts edgeHeaders) on its answers too.
 */
export function leanPost<H extends Handler>(path: string, handler: H, options: { edge?: boolean } = {}): H {
  registry().set(path, { handler, edge: options.edge ?? false });
  return handler;
}

type SegmentHandler = (req: never, segment: string) => Promise<Response> | Response;
const segmentRegistry = () => globalRegistry<SegmentHandler>(Symbol.for('hpki.leanSegmentRoutes'));

/**
 * A GET route of one dynamic segment inside proxy.ts's matcher (the QR code's `/r/[code]`), also
 * served on the lean path: `prefix` is the path up to the segment ('/r/'); the handler gets the
 * segment decoded, as Next.js hands it to the route. A path the segment of which does not decode,
 * or with more segments, is left to Next.js and proxy.ts (which answer it as before).
 */
export function leanGetSegment(prefix: string, handler: SegmentHandler): void {
  segmentRegistry().set(prefix, handler);
}

/**
 * The route the lean path serves for this request, if any: a POST to exactly a registered path, or
 * a GET of a registered prefix and one decodable segment.
 */
export function leanHandler(method: string | undefined, pathname: string): LeanRoute | undefined {
  if (method === 'POST') return registry().get(pathname);
  if (method !== 'GET') return undefined;
  for (const [prefix, handler] of segmentRegistry()) {
    if (!pathname.startsWith(prefix)) continue;
    const raw = pathname.slice(prefix.length);
    if (!raw || raw.includes('/')) return undefined;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    return { handler: (req: never) => handler(req, segment), edge: true };
  }
  return undefined;
}

/**
 * Serves a Node.js request with a Web handler, given a LeanRequest (lib/http/lean-request.ts) in
 * place of a NextRequest. The body is read whole: scripts/start.ts has already refused one longer
 * than the path's limit, or of no declared length, and Node.js delivers exactly that length.
 */
export async function serveLean(
  { handler, edge }: LeanRoute,
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<void> {
  try {
    const body = await readWhole(req);
    const request = new LeanRequest(req.method ?? 'GET', new URL(req.url ?? '/', origin).href, req.headers, body);
    const response = await (handler as (req: LeanRequest) => Promise<Response> | Response)(request);
    const text = (response as { [JSON_TEXT]?: string })[JSON_TEXT];
    const answer = text !== undefined ? Buffer.from(text) : Buffer.from(await response.arrayBuffer());
    const out: Record<string, string | string[]> = {};
    response.headers.forEach((value, name) => {
      // NextResponse's `cookies.set` copies each cookie into x-middleware-set-cookie, which Next.js
      // keeps to itself: sent on, it would show an HttpOnly cookie's value to the page's scripts.
      if (name !== 'set-cookie' && !name.startsWith('x-middleware-')) out[name] = value;
    });
    // Over what the route set, as proxy.ts does.
    if (edge)
      for (const [name, value] of Object.entries(
        edgeHeaders(contentSecurityPolicy(newNonce(), false), origin.startsWith('https:')),
      ))
        out[name.toLowerCase()] = value;
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) out['set-cookie'] = cookies;
    out['content-length'] = String(answer.byteLength);
    res.writeHead(response.status, out);
    res.end(answer);
  } catch {
    // jsonEndpoint answers every failure of its own; this is the request failing to arrive whole.
    if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ ok: false, code: 'request.invalid' }));
  }
}

/** The request's body, whole (events rather than an async iterator: a tenth of the cost). */
function readWhole(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
