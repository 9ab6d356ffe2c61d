import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCookie } from './cookies';
import { BadRequest, BodyTooLarge, readForm, readJson } from './body';
import { MAX_JSON_BYTES } from './body-limits';
import { LeanRequest } from './lean-request';

const json = (body: string, headers: Record<string, string | string[]> = {}) =>
  new LeanRequest(
    'POST',
    'https://site.example/api/register/verify?x=1',
    { 'content-type': 'application/json', ...headers },
    Buffer.from(body, 'utf8'),
  );

describe('LeanRequest: what the lean path hands a handler', () => {
  it('has the method, URL, path and headers of the Node.js request (repeated headers joined)', () => {
    const req = json('{}', { 'x-forwarded-for': ['10.0.0.1', '10.0.0.2'], 'user-agent': 'phone' });
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://site.example/api/register/verify?x=1');
    expect(req.nextUrl.pathname).toBe('/api/register/verify');
    expect(req.headers.get('User-Agent')).toBe('phone');
    expect(req.headers.get('x-forwarded-for')).toBe('10.0.0.1, 10.0.0.2');
    expect(req.headers.get('origin')).toBeNull();
  });

  it('parses its cookies as a NextRequest does', () => {
    const req = json('{}', { cookie: 'hpki_flow=abc.def; other=1' });
    expect(req.cookies.get('other')?.value).toBe('1');
    expect(readCookie(req.cookies, 'flow')).toBe('abc.def');
    expect(json('{}').cookies.get('other')).toBeUndefined();
  });

  it('gives lib/http/body.ts its body, read whole, with the same checks as a stream', async () => {
    const schema = z.object({ name: z.string() });
    await expect(readJson(json('{"name":"試験"}') as unknown as Request, schema)).resolves.toEqual({ name: '試験' });
    await expect(readJson(json('{"name":') as unknown as Request, schema)).rejects.toBeInstanceOf(BadRequest);
    await expect(readJson(json('{"name":1}') as unknown as Request, schema)).rejects.toBeInstanceOf(BadRequest);
    const big = json(JSON.stringify({ name: 'x'.repeat(MAX_JSON_BYTES) }));
    await expect(readJson(big as unknown as Request, schema)).rejects.toBeInstanceOf(BodyTooLarge);
    const form = new LeanRequest(
      'POST',
      'https://site.example/api/flow/terms',
      { 'content-type': 'application/x-www-form-urlencoded' },
      Buffer.from('agree=yes&x=%E8%A9%A6'),
    );
    expect((await readForm(form as unknown as Request)).get('x')).toBe('試');
    expect(await form.text()).toBe('agree=yes&x=%E8%A9%A6');
  });

  it('decodes invalid UTF-8 as a stream would (U+FFFD), and an empty body is empty', async () => {
    const req = new LeanRequest('POST', 'https://site.example/p', {}, Buffer.from([0x61, 0xff]));
    expect(await req.text()).toBe('a\uFFFD');
    expect(await new LeanRequest('GET', 'https://site.example/r/x', {}, Buffer.alloc(0)).text()).toBe('');
  });
});
