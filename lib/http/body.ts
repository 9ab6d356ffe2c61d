import 'server-only';
import type { z } from 'zod';
import { MAX_FORM_BYTES, MAX_JSON_BYTES } from './body-limits';

export class BadRequest extends Error {}

/** Reads at most `limit` bytes; larger bodies are refused before they are buffered whole. */
async function readLimited(req: Request, limit: number): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > limit) throw new BadRequest('body too large');
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BadRequest('body too large');
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
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
