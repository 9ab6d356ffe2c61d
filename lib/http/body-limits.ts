/**
 * How large a request body may be, by path (docs/decisions/0009-body-limits.md). scripts/start.ts
 * refuses a larger one from its Content-Length before Next.js reads a byte; proxy.ts refuses it
 * however the server was started, and Next.js keeps at most the largest limit here of any body for
 * proxy.ts (next.config.ts). No `server-only`: proxy.ts, next.config.ts and the start script import it.
 */
export const MAX_FORM_BYTES = 8 * 1024;
export const MAX_JSON_BYTES = 64 * 1024;

/**
 * First matching prefix wins. Our step forms post at most MAX_FORM_BYTES and our JSON endpoints
 * at most MAX_JSON_BYTES (each handler checks its own exact cap again); next-auth reads its form
 * bodies without a cap of its own; pages take no bodies. A large upload (the re-issue photo) gets
 * its own entry and is left out of proxy.ts's matcher, so this largest limit stays small.
 */
export const BODY_LIMITS: ReadonlyArray<{ prefix: string; bytes: number }> = [
  { prefix: '/api/auth/', bytes: MAX_FORM_BYTES },
  { prefix: '/api/', bytes: MAX_JSON_BYTES },
  { prefix: '/', bytes: MAX_FORM_BYTES },
];

/** The most Next.js may buffer of any body (`experimental.proxyClientMaxBodySize`). */
export const LARGEST_BODY_BYTES = Math.max(...BODY_LIMITS.map((l) => l.bytes));

export function bodyLimit(pathname: string): number {
  return BODY_LIMITS.find((l) => pathname.startsWith(l.prefix))?.bytes ?? MAX_FORM_BYTES;
}

/** What proxy.ts and scripts/start.ts answer for a refused body: a catalogue code, closing. */
export const REFUSED_BODY = { ok: false, code: 'request.invalid' } as const;

/**
 * Why a request's body is refused before it is read, or null. A body must declare its length (a
 * browser always does for our forms and fetches): a streamed body of unknown length would
 * otherwise be read before anything could count it. Node.js delivers exactly the declared length,
 * so checking the declaration bounds the body.
 */
export function bodyRefusal(header: (name: string) => string | null | undefined, pathname: string): 411 | 413 | null {
  const declared = header('content-length');
  if (declared === null || declared === undefined) return header('transfer-encoding') ? 411 : null;
  const bytes = Number(declared);
  return Number.isSafeInteger(bytes) && bytes >= 0 && bytes <= bodyLimit(pathname) ? null : 413;
}
