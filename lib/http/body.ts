import 'server-only';
import type { z } from 'zod';
import { MAX_FORM_BYTES, MAX_JSON_BYTES } from './body-limits';
import { BUFFERED_BODY } from './lean-request';

export class BadRequest extends Error {}
/** A body over its endpoint's limit (an upload answers it with its own message). */
export class BodyTooLarge extends BadRequest {}

/** Reads at most `limit` bytes; larger bodies are refused before they are buffered whole. */
async function readBytes(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > limit) throw new BodyTooLarge('body too large');
  // Read whole by the lean path (lib/http/lean-request.ts), within its path's limit there.
  const buffered = (req as { [BUFFERED_BODY]?: Buffer })[BUFFERED_BODY];
  if (buffered) {
    if (buffered.byteLength > limit) throw new BodyTooLarge('body too large');
    return buffered;
  }
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge('body too large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function readLimited(req: Request, limit: number): Promise<string> {
  return new TextDecoder('utf-8', { fatal: false }).decode(await readBytes(req, limit));
}

/**
 * A multipart form with a file (the re-issue photo), at most `limit` bytes counted as they
 * arrive; parsed only once it is whole and within the limit.
 */
export async function readMultipart(req: Request, limit: number): Promise<FormData> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(type)) throw new BadRequest('not multipart');
  const bytes = await readBytes(req, limit);
  try {
    return await new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }).formData();
  } catch {
    throw new BadRequest('malformed multipart');
  }
}

/**
 * Reads and drops a body without keeping it (at most `upTo` bytes), so that the browser, still
 * sending an over-limit upload, receives the answer instead of a reset connection.
 */
export async function discardBody(req: Request, upTo: number): Promise<void> {
  // Already read (or being read): nothing is left to drop.
  if (!req.body || req.body.locked || req.bodyUsed) return;
  const reader = req.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
    if (size > upTo) {
      await reader.cancel();
      return;
    }
  }
}

/** A url-encoded form (our step pages post plain HTML forms). */
export async function readForm(req: Request): Promise<URLSearchParams> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) throw new BadRequest('not a form');
  return new URLSearchParams(await readLimited(req, MAX_FORM_BYTES));
}

export async function readJson<T extends z.ZodType>(req: Request, schema: T): Promise<z.output<T>> {
  const type = req.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) throw new BadRequest('not JSON');
  let value: unknown;
  try {
    value = JSON.parse(await readLimited(req, MAX_JSON_BYTES));
  } catch (err) {
    if (err instanceof BadRequest) throw err;
    throw new BadRequest('malformed JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BadRequest('invalid fields');
  return parsed.data;
}
