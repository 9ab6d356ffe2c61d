/**
 * Response headers for every page (spec §10). The CSP is nonce-based for scripts; styles allow
 * inline because the QR scanner sets style attributes, which cannot carry a nonce.
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(https: boolean): Record<string, string> {
  return {
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts.
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(https && { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' }),
  };
}

/** A fresh CSP nonce (proxy.ts, per request). */
export const newNonce = () => Buffer.from(crypto.randomUUID()).toString('base64');

/**
 * What proxy.ts sets on every answer it passes, over what the route set: the CSP, no caching at
 * all (shared or private; the console's application photo relies on `private, no-store`) and the
 * security headers. The lean path (lib/http/lean-routes.ts) sets the same on the answers of the
 * routes inside proxy.ts's matcher that it serves.
 */
export function edgeHeaders(csp: string, https: boolean): Record<string, string> {
  return { 'Content-Security-Policy': csp, 'Cache-Control': 'private, no-store', ...securityHeaders(https) };
}
