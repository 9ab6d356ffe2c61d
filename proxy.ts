import { NextResponse, type NextRequest } from 'next/server';
import { databaseAvailable } from '@/lib/db/client';
import { env } from '@/lib/env';
import { qrEntryWithNotice } from '@/lib/flow/notice';
import { REFUSED_BODY, bodyRefusal } from '@/lib/http/body-limits';
import { deleteCookie } from '@/lib/http/cookies';
import { DATABASE_DOWN_HEADER } from '@/lib/http/database-down';
import { frameworkRefusal } from '@/lib/http/framework-headers';
import { contentSecurityPolicy, edgeHeaders, newNonce } from '@/lib/security/headers';
import { path } from '@/lib/routes';

/** Paths that need no database (help) or answer a database failure themselves (API, QR link). */
const NO_DATABASE = /^\/(?:api|help|r|unavailable|_next)(?:\/|$)|^\/reissue$|\.\w+$/;

/**
 * Runs before every page and API route: refuses what no route should read (a body over its path's
 * limit, a URL that cannot be decoded), then CSP nonce, security headers, no caching of flow pages.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const { pathname } = request.nextUrl;
  // The page the language switch returns to; a carried notice (lib/flow/notice.ts) is part of it.
  const notice = request.nextUrl.searchParams.get('notice');
  requestHeaders.set('x-hpki-path', pathname + (notice ? `?notice=${encodeURIComponent(notice)}` : ''));
  // A page cannot set its status: while the database is down, the layout renders server.unavailable
  // in place of the page and the status is set here (docs/decisions/0007-database-unavailable.md).
  const down = !NO_DATABASE.test(pathname) && !(await databaseAvailable());
  if (down) requestHeaders.set(DATABASE_DOWN_HEADER, '1');
  else requestHeaders.delete(DATABASE_DOWN_HEADER);
  const status = down || pathname === path('unavailable') ? 503 : undefined;
  const response = refusal(request) ?? NextResponse.next({ status, request: { headers: requestHeaders } });
  const https = (process.env.PUBLIC_ORIGIN ?? '').startsWith('https:');
  for (const [name, value] of Object.entries(edgeHeaders(csp, https))) response.headers.set(name, value);
  return response;
}

function refusal(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  // Under `next start` this answers once Next.js has drained the body, keeping none of it beyond
  // proxyClientMaxBodySize; scripts/start.ts refuses the same before reading any.
  const header = (name: string) => request.headers.get(name);
  const refused = frameworkRefusal(request.method, header) ?? bodyRefusal(header, pathname);
  if (refused) return NextResponse.json(REFUSED_BODY, { status: refused });
  if (decodes(pathname)) return null;
  // Next.js decodes path segments before any route runs and fails on a broken one with a 500.
  // A damaged or mangled QR code is exactly this: QR entry says the code cannot be read.
  if (pathname.startsWith('/r/')) {
    const response = NextResponse.redirect(new URL(qrEntryWithNotice('qr.codeFormat'), env().publicOrigin), 303);
    // As for any refused code (lib/flow/deep-link.ts): an older flow is let go, so QR entry shows the notice.
    deleteCookie(response, 'flow');
    return response;
  }
  if (pathname.startsWith('/api/')) return NextResponse.json(REFUSED_BODY, { status: 400 });
  // Any other page (a dynamic one like /support/holders/[id] would 500): there is no such page.
  return NextResponse.rewrite(new URL(UNDECODABLE_PAGE, request.url), { status: 404 });
}

/** Not a route: the app's not-found page answers it (404, from the catalogue). */
const UNDECODABLE_PAGE = '/_undecodable-path';

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Not the doctor's WebAuthn JSON endpoints (`/api/register|device|login/<name>`, exactly): they
 * need none of the above — no nonce, no page guard, their body is read within its limit by
 * lib/http/body.ts and their headers are set by lib/http/json-endpoint.ts — and running the proxy
 * was a fifth of their CPU (docs/decisions/0029-lean-webauthn-path.md). Any other spelling of those
 * paths (an undecodable one included) still comes here.
 *
 * The upload endpoints of lib/http/body-limits.ts (UPLOAD_PREFIXES) are left out too, so that
 * Next.js keeps no copy of their bodies; they check Origin, their body and the database themselves.
 * Next.js reads this object statically: the prefix is written out (body-limits.test.ts compares).
 */
export const config = {
  matcher: [
    {
      source:
        '/((?!_next/static|_next/image|favicon.ico|api/reissue/apply/check|api/(?:register|device|login)/[a-z-]+$).*)',
    },
  ],
};
