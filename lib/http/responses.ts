import 'server-only';
import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { path } from '@/lib/routes';
import { JSON_TEXT } from './lean-request';

/** Every answer the HTTP edge gives besides a page: one module (architecture.md, "One HTTP edge"). */

/** A form post's answer: 303 to a page of this site. */
export function seeOther(to: string): NextResponse {
  return NextResponse.redirect(new URL(to, env().publicOrigin), 303);
}

/** Something unexpected (the database, a bug): the page that says to try again later. */
export function unavailable(): NextResponse {
  return seeOther(path('unavailable'));
}

/** A cross-origin form post. */
export function forbidden(): NextResponse {
  return new NextResponse('Forbidden', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

export type JsonFailure = { ok: false; code: string; params?: Record<string, string | number>; next?: string };

/**
 * A JSON answer, as `NextResponse.json` gives it (`application/json`, the status and headers of
 * `init`), built once instead of twice, with its text kept for the lean path (lib/http/lean-routes.ts).
 */
export function json(value: unknown, init: ResponseInit = {}): NextResponse {
  const text = JSON.stringify(value);
  const headers = new Headers(init.headers);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  const response = new NextResponse(text, { ...init, headers });
  (response as { [JSON_TEXT]?: string })[JSON_TEXT] = text;
  return response;
}

/** A JSON endpoint's refusal: `{ ok: false, code }` with the catalogue code for the page to show. */
export function jsonFailure(code: string, status = 200, extra: Partial<JsonFailure> = {}) {
  return json({ ok: false, code, ...extra } satisfies JsonFailure, { status });
}
