/**
 * Requests that reach Next.js's own machinery rather than ours, refused or cleaned before Next.js
 * sees them (found by tests/e2e/fuzz.spec.ts): Next.js answers TRACE with a 500, a `next-action`
 * header with its own English text (this site has no server actions), and a malformed router-state
 * header with a 500. No `server-only`: proxy.ts and scripts/start.ts import it.
 */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const ROUTER_STATE = 'next-router-state-tree';

/** The status to refuse a request with before Next.js handles it, or null. */
export function frameworkRefusal(method: string | undefined, header: (name: string) => unknown): 400 | 405 | null {
  if (!METHODS.has((method ?? '').toUpperCase())) return 405;
  return header('next-action') === undefined || header('next-action') === null ? null : 400;
}

/** A router-state header Next.js could not parse is dropped: the page is then rendered in full. */
export function dropMalformedRouterState(headers: Record<string, string | string[] | undefined>): void {
  const value = headers[ROUTER_STATE];
  if (value === undefined) return;
  try {
    if (typeof value === 'string' && Array.isArray(JSON.parse(decodeURIComponent(value)))) return;
  } catch {
    // falls through: malformed
  }
  delete headers[ROUTER_STATE];
}
