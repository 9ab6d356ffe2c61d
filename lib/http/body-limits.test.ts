import { describe, expect, it } from 'vitest';
import config from '../../next.config';
import { config as proxyConfig } from '../../proxy';
import { ROUTES } from '../routes';
import {
  LARGEST_BODY_BYTES,
  MAX_FORM_BYTES,
  MAX_JSON_BYTES,
  MAX_PHOTO_UPLOAD_BYTES,
  PHOTO_UPLOAD_PATH,
  UPLOAD_PREFIXES,
  bodyLimit,
  bodyRefusal,
} from './body-limits';

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

  it('gives the re-issue photo upload 10 MB + 64 KB, and lets its handler answer a larger body itself', () => {
    expect(PHOTO_UPLOAD_PATH).toBe(ROUTES.reissueApplyCheck.path);
    expect(bodyLimit(PHOTO_UPLOAD_PATH)).toBe(MAX_PHOTO_UPLOAD_BYTES);
    expect(MAX_PHOTO_UPLOAD_BYTES).toBe(10 * 1024 * 1024 + 64 * 1024);
    // A 20 MB photo reaches the handler, which says "over 10 MB" on the form; 100 MB does not.
    expect(bodyRefusal(headers({ 'content-length': String(20 * 1024 * 1024) }), PHOTO_UPLOAD_PATH)).toBeNull();
    expect(bodyRefusal(headers({ 'content-length': String(100 * 1024 * 1024) }), PHOTO_UPLOAD_PATH)).toBe(413);
    expect(bodyRefusal(headers({ 'transfer-encoding': 'chunked' }), PHOTO_UPLOAD_PATH)).toBe(411);
    // Only that endpoint: the confirmation's form is an ordinary one.
    expect(bodyLimit(ROUTES.reissueApplySubmit.path)).toBe(MAX_JSON_BYTES);
  });

  it("leaves the upload endpoints out of proxy.ts's matcher, and nothing else", () => {
    const { source } = proxyConfig.matcher[0]!;
    const matcher = new RegExp(`^${source}$`);
    for (const prefix of UPLOAD_PREFIXES) expect(matcher.test(prefix), prefix).toBe(false);
    for (const route of [
      '/',
      '/reissue/apply',
      '/api/reissue/apply/submit',
      '/api/reissue/apply/photo',
      '/api/flow/code',
    ])
      expect(matcher.test(route), route).toBe(true);
  });

  it('lets Next.js keep no more of a body than the largest limit', () => {
    expect(LARGEST_BODY_BYTES).toBe(MAX_JSON_BYTES);
    expect(config.experimental?.proxyClientMaxBodySize).toBe(LARGEST_BODY_BYTES);
  });
});
