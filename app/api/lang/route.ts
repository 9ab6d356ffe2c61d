import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { DEFAULT_LANG, LANG_COOKIE, isLang } from '@/lib/messages';

/** The language switch: remembers the choice in a cookie and returns to the same page. */
export function GET(req: NextRequest) {
  const to = req.nextUrl.searchParams.get('to');
  const back = req.nextUrl.searchParams.get('back') ?? '/';
  // Only a local path (and a carried notice code): never an open redirect.
  const target = /^\/(?!\/)[\w\-./]*(\?notice=[\w.]+)?$/.test(back) ? back : '/';
  const response = NextResponse.redirect(new URL(target, env().publicOrigin), 303);
  response.cookies.set(LANG_COOKIE, isLang(to) ? to : DEFAULT_LANG, {
    sameSite: 'lax',
    secure: env().secureCookies,
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
  });
  return response;
}
