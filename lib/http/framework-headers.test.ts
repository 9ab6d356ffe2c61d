import { describe, expect, it } from 'vitest';
import { dropMalformedRouterState, frameworkRefusal } from './framework-headers';

const none = () => undefined;

describe('frameworkRefusal', () => {
  it('lets the methods the site answers through', () => {
    for (const m of ['GET', 'HEAD', 'POST', 'OPTIONS', 'put']) expect(frameworkRefusal(m, none)).toBeNull();
  });
  it('refuses TRACE, CONNECT and made-up methods with 405 (Next.js answers TRACE with a 500)', () => {
    for (const m of ['TRACE', 'CONNECT', 'PROPFIND', undefined]) expect(frameworkRefusal(m, none)).toBe(405);
  });
  it('refuses a server-action request: the site has none, and Next.js would answer in its own words', () => {
    expect(frameworkRefusal('POST', (n) => (n === 'next-action' ? 'abc' : undefined))).toBe(400);
    expect(frameworkRefusal('POST', (n) => (n === 'next-action' ? '' : null))).toBe(400);
  });
});

describe('dropMalformedRouterState', () => {
  it('keeps a router state Next.js can parse', () => {
    const value = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true]));
    const headers: Record<string, string | undefined> = { 'next-router-state-tree': value };
    dropMalformedRouterState(headers);
    expect(headers['next-router-state-tree']).toBe(value);
  });
  it('drops one it cannot (Next.js would answer 500)', () => {
    for (const value of ['%', '{"a":1}', 'not json', encodeURIComponent('{"x":[1]}')]) {
      const headers: Record<string, string | undefined> = { 'next-router-state-tree': value };
      dropMalformedRouterState(headers);
      expect(headers).not.toHaveProperty('next-router-state-tree');
    }
  });
});
