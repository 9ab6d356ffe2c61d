import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv, setNextAuthEnv } from './env';

const production = {
  NODE_ENV: 'production',
  PUBLIC_ORIGIN: 'https://hpki.example.jp',
  RP_ID: 'hpki.example.jp',
  SESSION_SECRET: 'a-production-secret-of-at-least-32-characters',
  BIRTH_DATE_PEPPER: 'a-production-pepper-of-at-least-32-characters',
};

describe('secrets in production', () => {
  it('refuses to start without the birth-date pepper (decision 0023), naming it', () => {
    expect(() => parseEnv({ ...production, BIRTH_DATE_PEPPER: '' })).toThrow(/BIRTH_DATE_PEPPER/);
    expect(parseEnv(production).birthDatePepper).toBe(production.BIRTH_DATE_PEPPER);
  });
});

describe('NEXTAUTH_URL must be PUBLIC_ORIGIN (issue 11, item 10)', () => {
  it('refuses to start when they differ, naming both', () => {
    for (const NEXTAUTH_URL of ['http://hpki.example.jp', 'https://other.example.jp', 'https://hpki.example.jp:8443']) {
      expect(() => parseEnv({ ...production, NEXTAUTH_URL })).toThrow(ConfigError);
    }
    expect(() => parseEnv({ ...production, NEXTAUTH_URL: 'http://hpki.example.jp' })).toThrow(
      /NEXTAUTH_URL \(http:\/\/hpki\.example\.jp\) differs from PUBLIC_ORIGIN \(https:\/\/hpki\.example\.jp\)/,
    );
  });

  it('accepts the same origin (with next-auth’s path), or none, which then becomes PUBLIC_ORIGIN', () => {
    expect(() => parseEnv({ ...production, NEXTAUTH_URL: 'https://hpki.example.jp' })).not.toThrow();
    expect(() => parseEnv({ ...production, NEXTAUTH_URL: 'https://hpki.example.jp/api/auth' })).not.toThrow();
    const target: Record<string, string | undefined> = { NEXTAUTH_URL: '' };
    setNextAuthEnv(parseEnv(production), target);
    expect(target.NEXTAUTH_URL).toBe('https://hpki.example.jp');
    expect(() => parseEnv({ ...production, ...target })).not.toThrow();
  });
});

describe('TRUST_PROXY is a number of proxy hops (issue 11)', () => {
  it('reads 0, 1, 2 …; 1 means what it always meant', () => {
    expect(parseEnv({}).trustProxyHops).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '0' }).trustProxyHops).toBe(0);
    expect(parseEnv({ TRUST_PROXY: '1' }).trustProxyHops).toBe(1);
    expect(parseEnv({ TRUST_PROXY: '2' }).trustProxyHops).toBe(2);
  });

  it('refuses anything that is not a small whole number', () => {
    for (const TRUST_PROXY of ['yes', 'true', '-1', '1.5', '99']) {
      expect(() => parseEnv({ TRUST_PROXY }), TRUST_PROXY).toThrow(ConfigError);
    }
  });
});

describe('the IC-card re-issue configuration (decision 0022)', () => {
  it('is on only with both the header name and the CA file', () => {
    expect(parseEnv({}).clientCertificate).toBeUndefined();
    expect(parseEnv({ CLIENT_CERT_HEADER: 'X-Client-Cert' }).clientCertificate).toBeUndefined();
    expect(parseEnv({ HPKI_CA_FILE: '/etc/hpki/ca.pem' }).clientCertificate).toBeUndefined();
    expect(
      parseEnv({ CLIENT_CERT_HEADER: 'X-Client-Cert', HPKI_CA_FILE: '/etc/hpki/ca.pem' }).clientCertificate,
    ).toEqual({ header: 'x-client-cert', caFile: '/etc/hpki/ca.pem', origin: 'http://localhost:3000' });
  });

  it('has the origin of its own host when the proxy serves /reissue/card there', () => {
    const config = parseEnv({
      PUBLIC_ORIGIN: 'https://hpki.example.jp',
      CLIENT_CERT_HEADER: 'X-Client-Cert',
      HPKI_CA_FILE: '/etc/hpki/ca.pem',
      CLIENT_CERT_ORIGIN: 'https://card.hpki.example.jp/',
    });
    expect(config.clientCertificate?.origin).toBe('https://card.hpki.example.jp');
    expect(config.origins).toEqual(['https://hpki.example.jp']);
    expect(() => parseEnv({ CLIENT_CERT_ORIGIN: 'card.hpki.example.jp' })).toThrow(ConfigError);
  });

  it('refuses a header name that is not one', () => {
    expect(() => parseEnv({ CLIENT_CERT_HEADER: 'X Client: Cert', HPKI_CA_FILE: '/x.pem' })).toThrow(
      /CLIENT_CERT_HEADER/,
    );
  });
});
