import 'server-only';
import { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { path } from '@/lib/routes';

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

/** A JSON endpoint's refusal: `{ ok: false, code }` with the catalogue code for the page to show. */
export function jsonFailure(code: string, status = 200, extra: Partial<JsonFailure> = {}) {
  return NextResponse.json({ ok: false, code, ...extra } satisfies JsonFailure, { status });
}
