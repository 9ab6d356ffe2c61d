import { describe, expect, it } from 'vitest';
import config from '../../next.config';
import { LARGEST_BODY_BYTES, MAX_FORM_BYTES, MAX_JSON_BYTES, bodyLimit, bodyRefusal } from './body-limits';

const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe('body limits by path (issue 11, item 3)', () => {
  it('gives next-auth and pages the form limit and other APIs the JSON limit', () => {
    expect(bodyLimit('/api/auth/callback/passkey')).toBe(MAX_FORM_BYTES);
    expect(bodyLimit('/api/register/verify')).toBe(MAX_JSON_BYTES);
    expect(bodyLimit('/api/flow/password')).toBe(MAX_JSON_BYTES);
    expect(bodyLimit('/register/qr')).toBe(MAX_FORM_BYTES);
  });

  it('refuses a declared length over the limit (413) and a body of unknown length (411)', () => {
    expect(bodyRefusal(headers({}), '/api/flow/code')).toBeNull();
    expect(bodyRefusal(headers({ 'content-length': '0' }), '/')).toBeNull();
    expect(bodyRefusal(headers({ 'content-length': String(MAX_JSON_BYTES) }), '/api/register/verify')).toBeNull();
    expect(bodyRefusal(headers({ 'content-length': String(MAX_JSON_BYTES + 1) }), '/api/register/verify')).toBe(413);
    expect(bodyRefusal(headers({ 'content-length': String(MAX_FORM_BYTES + 1) }), '/api/auth/signout')).toBe(413);
    expect(bodyRefusal(headers({ 'content-length': '20971520' }), '/')).toBe(413);
    expect(bodyRefusal(headers({ 'content-length': 'x' }), '/')).toBe(413);
    expect(bodyRefusal(headers({ 'transfer-encoding': 'chunked' }), '/api/flow/code')).toBe(411);
  });

  it('lets Next.js keep no more of a body than the largest limit', () => {
    expect(LARGEST_BODY_BYTES).toBe(MAX_JSON_BYTES);
    expect(config.experimental?.proxyClientMaxBodySize).toBe(LARGEST_BODY_BYTES);
  });
});
