import type { IncomingHttpHeaders } from 'node:http';
import { RequestCookies } from 'next/dist/compiled/@edge-runtime/cookies';

/** Where a request that arrived whole keeps its body (read by lib/http/body.ts). */
export const BUFFERED_BODY = Symbol.for('hpki.bufferedBody');

/**
 * Where a JSON answer (lib/http/responses.ts `json`) keeps its text, so the lean path sends it
 * without reading the Response's stream back.
 */
export const JSON_TEXT = Symbol.for('hpki.jsonText');

/**
 * What the lean path (lib/http/lean-routes.ts) hands a route handler in place of a NextRequest:
 * the members our handlers read — `method`, `url`, `nextUrl`, `headers`, `cookies` and the body,
 * already read whole (lib/http/body.ts takes it from `BUFFERED_BODY`). A NextRequest is an undici
 * Request (an AbortSignal, a Web stream for the body, a parsed NextURL) and building one was a
 * tenth of a WebAuthn request's CPU (docs/decisions/0032-lean-request.md). Handlers on the lean
 * path read nothing else; e2e runs every one of them through this object (scripts/start.ts).
 */
export class LeanRequest {
  readonly headers: Headers;
  readonly cookies: RequestCookies;
  readonly nextUrl: URL;
  readonly [BUFFERED_BODY]: Buffer;

  constructor(
    readonly method: string,
    readonly url: string,
    raw: IncomingHttpHeaders,
    body: Buffer,
  ) {
    const headers = new Headers();
    for (const name in raw) {
      const value = raw[name];
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else if (value !== undefined) headers.set(name, value);
    }
    this.headers = headers;
    this.cookies = new RequestCookies(headers);
    this.nextUrl = new URL(url);
    this[BUFFERED_BODY] = body;
  }

  /** There is no stream: lib/http/body.ts reads `BUFFERED_BODY`. */
  get body(): null {
    return null;
  }

  async text(): Promise<string> {
    return this[BUFFERED_BODY].toString('utf8');
  }
}
