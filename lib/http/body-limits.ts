/**
 * How large a request body may be, by path (docs/decisions/0009-body-limits.md). scripts/start.ts
 * refuses a larger one from its Content-Length before Next.js reads a byte; proxy.ts refuses it
 * however the server was started, and Next.js keeps at most the largest limit here of any body for
 * proxy.ts (next.config.ts). No `server-only`: proxy.ts, next.config.ts and the start script import it.
 */
export const MAX_FORM_BYTES = 8 * 1024;
export const MAX_JSON_BYTES = 64 * 1024;
/** The re-issue application's upload: the photo (≤ 10 MB, lib/applications/photo-limits.ts) and 64 KB for the fields. */
export const MAX_PHOTO_UPLOAD_BYTES = 10 * 1024 * 1024 + 64 * 1024;
/** The re-issue application's upload endpoint (lib/steps/reissue-apply.ts). */
export const PHOTO_UPLOAD_PATH = '/api/reissue/apply/check';

export type BodyLimit = {
  prefix: string;
  bytes: number;
  /**
   * An upload endpoint, left out of proxy.ts's matcher (Next.js keeps no copy of its body) that
   * reads its body with its own counting reader and answers a body over `bytes` itself, with the
   * form's own message (a photo over 10 MB is `reissue.photoRejected` / tooLarge, not
   * `request.invalid`), up to `answersUpTo`; the edge refuses a body beyond that as for any path.
   */
  upload?: { answersUpTo: number };
};

/**
 * First matching prefix wins. Our step forms post at most MAX_FORM_BYTES and our JSON endpoints
 * at most MAX_JSON_BYTES (each handler checks its own exact cap again); next-auth reads its form
 * bodies without a cap of its own; pages take no bodies. A large upload (the re-issue photo) gets
 * its own entry and is left out of proxy.ts's matcher, so this largest limit stays small.
 */
export const BODY_LIMITS: ReadonlyArray<BodyLimit> = [
  { prefix: PHOTO_UPLOAD_PATH, bytes: MAX_PHOTO_UPLOAD_BYTES, upload: { answersUpTo: 64 * 1024 * 1024 } },
  { prefix: '/api/auth/', bytes: MAX_FORM_BYTES },
  { prefix: '/api/', bytes: MAX_JSON_BYTES },
  { prefix: '/', bytes: MAX_FORM_BYTES },
];

/**
 * The most Next.js may buffer of any body it hands to proxy.ts (`experimental.proxyClientMaxBodySize`):
 * upload endpoints are not among them.
 */
export const LARGEST_BODY_BYTES = Math.max(...BODY_LIMITS.filter((l) => !l.upload).map((l) => l.bytes));

/** The prefixes proxy.ts's matcher leaves out (body-limits.test.ts checks the matcher). */
export const UPLOAD_PREFIXES = BODY_LIMITS.filter((l) => l.upload).map((l) => l.prefix);

function limitOf(pathname: string): BodyLimit {
  return BODY_LIMITS.find((l) => pathname.startsWith(l.prefix)) ?? { prefix: '/', bytes: MAX_FORM_BYTES };
}

export function bodyLimit(pathname: string): number {
  return limitOf(pathname).bytes;
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
  const limit = limitOf(pathname);
  const refusedAbove = limit.upload?.answersUpTo ?? limit.bytes;
  return Number.isSafeInteger(bytes) && bytes >= 0 && bytes <= refusedAbove ? null : 413;
}
