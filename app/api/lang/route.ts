import type { NextRequest } from 'next/server';
import { setCookie } from '@/lib/http/cookies';
import { seeOther } from '@/lib/http/responses';
import { DEFAULT_LANG, isLang } from '@/lib/messages';
import { path } from '@/lib/routes';

/** The language switch: remembers the choice in a cookie and returns to the same page. */
export function GET(req: NextRequest) {
  const to = req.nextUrl.searchParams.get('to');
  const back = req.nextUrl.searchParams.get('back') ?? path('terms');
  // Only a local path (and a carried notice code): never an open redirect.
  const target = /^\/(?!\/)[\w\-./]*(\?notice=[\w.]+)?$/.test(back) ? back : path('terms');
  const response = seeOther(target);
  setCookie(response, 'lang', isLang(to) ? to : DEFAULT_LANG);
  return response;
}
