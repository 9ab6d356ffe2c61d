import { z } from 'zod';

/**
 * Configuration, validated once. Development defaults exist only outside production: a production
 * start without the secrets refuses with a message naming what is missing (spec §10).
 */
const DEV_SECRET = 'development-only-secret-do-not-use-in-production-0000';
const DEV_PEPPER = 'development-only-pepper-do-not-use-in-production-000';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PUBLIC_ORIGIN: z.url().default('http://localhost:3000'),
  /** Extra origins accepted in WebAuthn clientData (comma separated), e.g. an Android app origin. */
  EXTRA_ORIGINS: z.string().default(''),
  RP_ID: z.string().min(1).optional(),
  RP_NAME: z.string().min(1).default('HPKI セカンド電子証明書'),
  ATTESTATION: z.enum(['none', 'direct']).default('none'),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  SESSION_SECRET: z.string().min(32).optional(),
  /** The key of the birth-date hashes (decision 0023): never stored with the database. */
  BIRTH_DATE_PEPPER: z.string().min(32).optional(),
  /**
   * How many reverse proxies in front of us append to X-Forwarded-For (0: none, the socket is the
   * client). Counted from the right, as each proxy appends the address it received from.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** next-auth's base URL; must be PUBLIC_ORIGIN (it decides the cookies' Secure and prefixes). */
  NEXTAUTH_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /**
   * Re-issue with the IC card (decision 0022): the request header in which the TLS-terminating proxy
   * forwards the client certificate as URL-encoded PEM (nginx `$ssl_client_escaped_cert`). Read
   * only under /reissue/card. Unset: that way is not available here.
   */
  CLIENT_CERT_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'a header name (letters, digits, hyphens)')
    .transform((v) => v.toLowerCase())
    .optional(),
  /** The PEM bundle of the HPKI CAs whose certificates /reissue/card trusts. Unset: not available. */
  HPKI_CA_FILE: z.string().min(1).optional(),
  /**
   * The origin on which the proxy asks for the client certificate (nginx cannot ask per location:
   * `ssl_verify_client` is per server, so /reissue/card gets a host of its own, decision 0022).
   * Unset: PUBLIC_ORIGIN. The card's POST accepts this Origin; /reissue links there.
   */
  CLIENT_CERT_ORIGIN: z.url().optional(),
});

export type AppEnv = {
  production: boolean;
  publicOrigin: string;
  origins: string[];
  rpId: string;
  rpName: string;
  attestation: 'none' | 'direct';
  databaseUrl: string | undefined;
  dataDir: string;
  sessionSecret: string;
  birthDatePepper: string;
  trustProxyHops: number;
  secureCookies: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Both set, or the IC-card re-issue is off (undefined). */
  clientCertificate: { header: string; caFile: string; origin: string } | undefined;
};

export class ConfigError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): AppEnv {
  const result = schema.safeParse(emptyToUndefined(source));
  if (!result.success) {
    const fields = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${fields}`);
  }
  const e = result.data;
  const production = e.NODE_ENV === 'production';
  const missing = production
    ? (['SESSION_SECRET', 'BIRTH_DATE_PEPPER', 'PUBLIC_ORIGIN', 'RP_ID'] as const).filter((k) => !source[k])
    : [];
  if (missing.length > 0) {
    throw new ConfigError(
      `Refusing to start in production without ${missing.join(', ')}. See .env.example for each variable.`,
    );
  }
  const origin = new URL(e.PUBLIC_ORIGIN).origin;
  if (e.NEXTAUTH_URL && new URL(e.NEXTAUTH_URL).origin !== origin) {
    throw new ConfigError(
      `NEXTAUTH_URL (${new URL(e.NEXTAUTH_URL).origin}) differs from PUBLIC_ORIGIN (${origin}): sign-in cookies would ` +
        'lose Secure and their prefixes. Set both to the origin the browser sees, or leave NEXTAUTH_URL unset.',
    );
  }
  const extra = e.EXTRA_ORIGINS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    production,
    publicOrigin: origin,
    origins: [origin, ...extra],
    rpId: e.RP_ID ?? new URL(origin).hostname,
    rpName: e.RP_NAME,
    attestation: e.ATTESTATION,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    sessionSecret: e.SESSION_SECRET ?? DEV_SECRET,
    birthDatePepper: e.BIRTH_DATE_PEPPER ?? DEV_PEPPER,
    trustProxyHops: e.TRUST_PROXY,
    secureCookies: origin.startsWith('https:'),
    logLevel: e.LOG_LEVEL,
    clientCertificate:
      e.CLIENT_CERT_HEADER && e.HPKI_CA_FILE
        ? {
            header: e.CLIENT_CERT_HEADER,
            caFile: e.HPKI_CA_FILE,
            origin: new URL(e.CLIENT_CERT_ORIGIN ?? origin).origin,
          }
        : undefined,
  };
}

function emptyToUndefined(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
}

/** For whatever starts the server: a bad configuration stops it with the reason, never a stack. */
export function parseEnvOrExit(source: Record<string, string | undefined>): AppEnv {
  try {
    return parseEnv(source);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`error: ${err.message}\n`);
    process.exit(1);
  }
}

/** next-auth v4 reads its base URL and secret from the environment: ours, unless set (and checked). */
export function setNextAuthEnv(config: AppEnv, target: Record<string, string | undefined> = process.env): void {
  // `||=`: an empty line copied from .env.example counts as unset, as parseEnv treats it.
  target.NEXTAUTH_URL ||= config.publicOrigin;
  target.NEXTAUTH_SECRET ||= config.sessionSecret;
}

let cached: AppEnv | undefined;

/** Read once, lazily: `next build` imports modules without a runtime configuration. */
export function env(): AppEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
