import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, securityHeaders } from '@/lib/security/headers';

/** Runs before every page and API route: CSP nonce, security headers, no caching of flow pages. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== 'production');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  // The page the language switch returns to; a carried notice (lib/flow/notice.ts) is part of it.
  const notice = request.nextUrl.searchParams.get('notice');
  requestHeaders.set('x-hpki-path', request.nextUrl.pathname + (notice ? `?notice=${encodeURIComponent(notice)}` : ''));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Cache-Control', 'no-store');
  const https = (process.env.PUBLIC_ORIGIN ?? '').startsWith('https:');
  for (const [name, value] of Object.entries(securityHeaders(https))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)' }],
};
