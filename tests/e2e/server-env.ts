/** The e2e server's configuration; the operator fixture runs the CLI against the same database. */
/** E2E_PORT and NEXT_DIST_DIR let two checkouts' runs (or two people) share one machine. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_ORIGIN = `http://localhost:${E2E_PORT}`;

/** The IC-card re-issue (decision 0022): the header a proxy would set, and the run's CA bundle. */
export const E2E_CLIENT_CERT_HEADER = 'X-SSL-Client-Cert';
export const E2E_CA_FILE = `./data/e2e-${E2E_PORT}/hpki-ca.pem`;

export const E2E_ENV: Record<string, string> = {
  PUBLIC_ORIGIN: E2E_ORIGIN,
  RP_ID: 'localhost',
  RP_NAME: 'HPKI セカンド電子証明書 (test)',
  SESSION_SECRET: 'e2e-session-secret-0123456789abcdef0123456789',
  BIRTH_DATE_PEPPER: 'e2e-birth-date-pepper-0123456789abcdef01234567',
  DATA_DIR: `./data/e2e-${E2E_PORT}`,
  // Each test speaks from its own address through X-Forwarded-For, as behind a reverse proxy.
  TRUST_PROXY: '1',
  LOG_LEVEL: 'warn',
  // The global setup writes the CA for each run (fixtures/test-ca.ts); the server reads it at the
  // first /reissue/card request.
  CLIENT_CERT_HEADER: E2E_CLIENT_CERT_HEADER,
  HPKI_CA_FILE: E2E_CA_FILE,
};
