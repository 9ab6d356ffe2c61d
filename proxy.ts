import { NextResponse, type NextRequest } from 'next/server';
import { databaseAvailable } from '@/lib/db/client';
import { env } from '@/lib/env';
import { qrEntryWithNotice } from '@/lib/flow/notice';
import { REFUSED_BODY, bodyRefusal } from '@/lib/http/body-limits';
import { deleteCookie } from '@/lib/http/cookies';
import { frameworkRefusal } from '@/lib/http/framework-headers';
import { pageEdge } from '@/lib/http/page-edge';

/**
 * Runs before every page and API route: refuses what no route should read (a body over its path's
 * limit, a URL that cannot be decoded), then what lib/http/page-edge.ts decides (CSP nonce, the
 * database check, security headers, no caching of flow pages). scripts/start.ts does the same for
 * a page GET itself and marks it `x-hpki-edge`, which the matcher below then skips.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const edge = await pageEdge(pathname, request.nextUrl.searchParams.get('notice'), {
    dev: process.env.NODE_ENV !== 'production',
    https: (process.env.PUBLIC_ORIGIN ?? '').startsWith('https:'),
    databaseAvailable,
  });
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(edge.set)) requestHeaders.set(name, value);
  for (const name of edge.drop) requestHeaders.delete(name);
  const response = refusal(request) ?? NextResponse.next({ status: edge.status, request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(edge.responseHeaders)) response.headers.set(name, value);
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
      // A page GET scripts/start.ts has already done this for (lib/http/page-edge.ts). A client cannot
      // send this header: lib/http/client-ip.ts removes it from every request before Next.js reads it.
      missing: [{ type: 'header', key: 'x-hpki-edge' }],
    },
  ],
};
