import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { STEP_PATH } from '@/lib/flow/machine';
import { withNotice } from '@/lib/flow/notice';
import { REFUSED_BODY, bodyRefusal } from '@/lib/http/body-limits';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security/headers';

/**
 * Runs before every page and API route: refuses what no route should read (a body over its path's
 * limit, a URL that cannot be decoded), then CSP nonce, security headers, no caching of flow pages.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  requestHeaders.set('x-hpki-path', request.nextUrl.pathname);
  const response = refusal(request) ?? NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Cache-Control', 'no-store');
  const https = (process.env.PUBLIC_ORIGIN ?? '').startsWith('https:');
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  return response;
}

function refusal(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  // Under `next start` this answers once Next.js has drained the body, keeping none of it beyond
  // proxyClientMaxBodySize; scripts/start.ts refuses the same before reading any.
  const tooLarge = bodyRefusal((name) => request.headers.get(name), pathname);
  if (tooLarge) return NextResponse.json(REFUSED_BODY, { status: tooLarge });
  if (decodes(pathname)) return null;
  // Next.js decodes path segments before any route runs and fails on a broken one with a 500.
  // A damaged or mangled QR code is exactly this: QR entry says the code cannot be read.
  if (pathname.startsWith('/r/')) {
    return NextResponse.redirect(new URL(withNotice(STEP_PATH.qr, 'qr.codeFormat'), env().publicOrigin), 303);
  }
  return pathname.startsWith('/api/') ? NextResponse.json(REFUSED_BODY, { status: 400 }) : null;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
