import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import sharp from 'sharp';
import { errors, labels } from '../../lib/messages';
import { faq } from '../../lib/messages/faq';
import { ROUTES, ROUTE_LIST, type RouteSpec } from '../../lib/routes';
import { BOUNDARY, caseFor, type FuzzCase, type FuzzContext } from './fixtures/fuzz-cases';
import { holderWithTicket } from './fixtures/operator';
import { startOwnServer, type OwnServer } from './fixtures/own-server';
import { send, setCookies, type WireResponse } from './fixtures/raw-http';
import { RowLedger, type Changes, type Row } from './fixtures/row-ledger';
import { E2E_PORT } from './server-env';

/**
 * Issue 11's acceptance: every route of lib/routes.ts gets requests no page of ours would send —
 * damaged paths and parameters (broken percent-encoding, huge segments, unicode, raw bytes), every
 * method, bodies of the wrong type, shape and size, forged Origin / X-Forwarded-For /
 * x-hpki-client-ip / Host and Next.js's own headers, with and without live sessions — and must
 * answer each one with:
 *
 * 1. no 5xx (but the /unavailable page's own 503), and no unexpected error dressed as a success (a
 *    303 to /unavailable or a JSON `server.unavailable`, which our handlers answer only for an
 *    exception: the database is up);
 * 2. no library or framework text in the body (LIBRARY_TEXT below);
 * 3. no row written where none should be. After every request the server's database is compared
 *    row by row (fixtures/row-ledger.ts), and what changed must follow ROW RULES:
 *    - holders, credentials, sign_in_results: never (no case can finish a passkey ceremony);
 *    - tickets: no row added or removed; only a POST to /api/flow/password with the cookie of a
 *      flow holding that ticket may change it, and only its attempt counter and lock (a refused
 *      birth date counts, the 5th locks);
 *    - flows: a row is added only by an accepted action — 【同意する】 (POST /api/flow/terms) or a
 *      QR link whose code opens a ticket (GET /r/<code>) — so the new row holds an agreement or a
 *      ticket, and it is the flow of the cookie that same response sets: no row for a refused or
 *      unknown code. A row changes or goes only with its own cookie;
 *    - device_changes: added only by a device-change start (POST /api/device/signin-options)
 *      answered `ok: true`, as the row of the cookie it sets; changed only with its cookie;
 *    - application_drafts: added only by the re-issue application's 【確認画面へ】 (POST
 *      /api/reissue/apply/check), as the row of the cookie it sets, holding what was entered;
 *      changed only with its own cookie; never removed;
 *    - applications: added only by 【申請する】 (POST /api/reissue/apply/submit) with the cookie of
 *      an application at 確認, which then holds its 受付番号; never changed or removed;
 *    - challenges: added only by an options endpoint answered `ok: true`, removed only by a
 *      ceremony request (options replace, verify consumes) of the flow / device change / login
 *      attempt / staff sign-in attempt whose cookie came with it, or when expired; never changed;
 *    - staff, staff_credentials, staff_enrolments, staff_sessions: never (no case holds a staff
 *      session or an enrolment link, nor can finish a passkey ceremony);
 *    - audit_events: append-only — refused attempts are audited, so rows may be added, none
 *      changed or removed;
 *    - rate_limits: any request may add or bump a counter (refused attempts and per-address
 *      budgets are counted; rows are per address and window, and purged after a day).
 *
 * The cases come from fast-check with a fixed seed (FUZZ_SEED overrides it to explore), so a
 * failure names a request that can be sent again. They run one at a time against a server of
 * their own (fixtures/own-server.ts): counting rows needs a database no other spec writes to.
 * Every failure is collected and reported together, grouped by route and kind.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 11);
/** FUZZ_ROUTES=/reissue,/api/reissue: only the routes whose path starts so (a run for new routes). */
const ONLY = process.env.FUZZ_ROUTES?.split(',').filter(Boolean) ?? [];
const ROUTES_RUN = ROUTE_LIST.filter((route) => !ONLY.length || ONLY.some((prefix) => route.path.startsWith(prefix)));
/** Cases per route: pages are one code path each and slower to render; handlers get the most. */
const RUNS: Record<RouteSpec['kind'], number> = { page: 24, api: 90, deeplink: 160 };
const FUZZ_ADDRESS = '203.0.113.11';
const SETUP_ADDRESS = '203.0.113.12';
const FORM = 'application/x-www-form-urlencoded';

/** Text that only a library or the framework writes: never ours, never for a doctor. */
const LIBRARY_TEXT: Array<[string, RegExp]> = [
  [
    'JavaScript error',
    /\b(?:[A-Z][a-z]+)+Error: |(?:^|["'>\n])\s*Error: |\b(?:Type|Syntax|Range|Reference|URI)Error\b/,
  ],
  ['stack trace', /\bat (?:async )?\S+ \(\S+:\d+:\d+\)|\bat (?:file|node):\S+:\d+/],
  [
    'server path',
    new RegExp(`node_modules|webpack-internal|turbopack://|${process.cwd().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`),
  ],
  [
    'Node.js',
    /\bERR_[A-Z_]{3,}\b|\bE(?:CONNREFUSED|CONNRESET|PIPE|ADDRINUSE)\b|URI malformed|Unexpected token|Unexpected end of JSON|is not valid JSON/,
  ],
  // Next.js's default not-found page; its payload rides along in every page until app/ has its own.
  ['Next.js 404 page', /This page could not be found/],
  [
    'Next.js',
    /Internal Server Error|Invalid Server Action request|Failed to find Server Action|Application error: a (?:server|client)-side exception|router state header|Failed to decode param|Bad Request|Method Not Allowed/,
  ],
  // A server component that threw while the page streamed (redirect() and notFound() also use digests).
  ['render error', /"digest":"(?!NEXT_)[^"]*"/],
  [
    'next-auth',
    /NextAuth|next-auth|not supported by|provider type|Sign in with|Are you sure you want to sign out|server configuration|Check the server logs|MissingCSRF|CLIENT_FETCH_ERROR|JWT_SESSION_ERROR|NO_SECRET/,
  ],
  [
    'zod',
    /Invalid input|invalid_type|Unrecognized key|Too (?:small|big)|Expected (?:string|number|object|array|boolean)|ZodError|"issues"\s*:/,
  ],
  [
    'database',
    /SqliteError|SQLITE_[A-Z]|no such (?:table|column)|constraint failed|\bkysely\b|syntax error at or near|duplicate key value|violates .* constraint/i,
  ],
  [
    'SimpleWebAuthn',
    /clientDataJSON|attestationObject|authenticatorData|base64url|Unexpected (?:registration|authentication) response|User (?:verification|presence) (?:was )?required|[Cc]redential public key|\bCBOR\b|\brpID\b|\bRP ID\b/,
  ],
];

/** One example per entry of LIBRARY_TEXT, in each library's words, so that every pattern can match. */
const LIBRARY_SAMPLES = [
  'Error: Callback for provider type credentials not supported',
  '    at async handler (/srv/app/.next/server/chunks/ssr/route.js:1:2)',
  `ENOENT: no such file ${process.cwd()}/data/hpki.sqlite`,
  'URIError: URI malformed',
  '<title>404: This page could not be found.</title>',
  'Internal Server Error',
  '"digest":"2745091432"',
  'This action with HTTP GET is not supported by NextAuth.js',
  '✖ Invalid input: expected string, received undefined',
  'SqliteError: UNIQUE constraint failed: credentials.credential_id',
  'Unexpected registration response origin "https://evil.example", expected "http://localhost:3000"',
];

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

type Problem = { kind: string; detail: string };

function responseProblems(res: WireResponse, target: string): Problem[] {
  if (res.status === 0) return [{ kind: 'no response', detail: res.error ?? '' }];
  const problems: Problem[] = [];
  // The page a caught failure lands on says server.unavailable, with the status that means it.
  const unavailablePage = res.status === 503 && pathnameOf(target) === ROUTES.unavailable.path;
  if (res.status >= 500 && !unavailablePage)
    problems.push({ kind: `HTTP ${res.status}`, detail: excerpt(res.body, 0) });
  const location = res.headers.location;
  if (res.status === 303 && location && pathnameOf(location) === ROUTES.unavailable.path)
    problems.push({ kind: 'answered with /unavailable (an exception behind a 303)', detail: location });
  if (
    String(res.headers['content-type']).startsWith('application/json') &&
    /"code":"server\.unavailable"/.test(res.body)
  )
    problems.push({ kind: 'answered server.unavailable (an exception)', detail: excerpt(res.body, 0) });
  if (res.status >= 500) return problems;
  for (const [name, pattern] of LIBRARY_TEXT) {
    const found = pattern.exec(res.body);
    if (found) problems.push({ kind: `library text (${name})`, detail: excerpt(res.body, found.index) });
  }
  return problems;
}

/** `303 /register/qr`, `json qr.codeFormat`, `json ok`, `404`… */
function outcome(res: WireResponse): string {
  if (res.headers.location) return `${res.status} ${pathnameOf(res.headers.location)}`;
  const code = /^\{"ok":(true|false)(?:,"code":"([^"]+)")?/.exec(res.body);
  if (code) return `${res.status} json ${code[2] ?? 'ok'}`;
  return String(res.status || res.error);
}

function pathnameOf(location: string): string | null {
  try {
    return new URL(location, 'http://x').pathname;
  } catch {
    return null;
  }
}

function excerpt(body: string, at: number): string {
  return JSON.stringify(body.slice(Math.max(0, at - 40), at + 160));
}

/** The session tokens a request carried, by cookie name (every value when a name repeats). */
function sentTokens(c: FuzzCase): Map<string, string[]> {
  const tokens = new Map<string, string[]>();
  const header = c.headers.find(([name]) => name === 'cookie')?.[1] ?? '';
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    tokens.set(name, [...(tokens.get(name) ?? []), pair.slice(at + 1).trim()]);
  }
  return tokens;
}

const describeRow = (row: Row) =>
  JSON.stringify(
    Object.fromEntries(Object.entries(row).filter(([k]) => !['public_key', 'detail', 'photo'].includes(k))),
  );

/** ROW RULES (see the top of this file). */
function rowProblems(c: FuzzCase, res: WireResponse, changes: Changes, flowsBefore: Map<string, Row>): Problem[] {
  const problems: Problem[] = [];
  const wrote = (kind: string, row: Row) => problems.push({ kind, detail: describeRow(row) });
  const sent = sentTokens(c);
  const set = setCookies(res);
  const ids = (name: string) => new Set((sent.get(name) ?? []).map(sha256));
  const ownFlows = ids('hpki_flow');
  const ownChanges = ids('hpki_device_change');
  const ownDrafts = ids('hpki_reissue_apply');
  const setId = (name: string) => (set.get(name) ? sha256(set.get(name)!) : null);
  // A challenge's owner is the flow, `device:<change>`, `login:<attempt>` or `staff-signin:<attempt>`
  // behind a cookie.
  const OWNER_COOKIES = ['hpki_flow', 'hpki_device_change', 'hpki_login', 'hpki_staff_signin'];
  const owners = [
    ...OWNER_COOKIES.flatMap((name) => [...ids(name)]),
    ...OWNER_COOKIES.map(setId).filter((id): id is string => id !== null),
  ];
  const ownedChallenge = (row: Row) =>
    owners.some((id) => row.flow_id === id || String(row.flow_id).endsWith(`:${id}`));
  const answeredOk =
    String(res.headers['content-type']).startsWith('application/json') && /^\{"ok":true\b/.test(res.body);
  const path = c.route.path;

  for (const table of [
    'holders',
    'credentials',
    'sign_in_results',
    'staff',
    'staff_credentials',
    'staff_enrolments',
    'staff_sessions',
  ] as const) {
    const change = changes.tables[table];
    for (const row of [...(change?.added ?? []), ...(change?.removed ?? [])])
      wrote(`${table}: row added or removed`, row);
    for (const { after } of change?.changed ?? []) wrote(`${table}: row changed`, after);
  }

  const tickets = changes.tables.tickets;
  for (const row of [...(tickets?.added ?? []), ...(tickets?.removed ?? [])])
    wrote('tickets: row added or removed', row);
  const heldTickets = new Set([...ownFlows].map((id) => flowsBefore.get(id)?.ticket_id));
  for (const { before, after } of tickets?.changed ?? []) {
    const columns = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    const attempt = path === ROUTES.flowPassword.path && c.method === 'POST' && heldTickets.has(after.id);
    const counterOnly = columns.every((k) => ['failed_attempts', 'state', 'locked_at'].includes(k));
    if (!attempt || !counterOnly || !['active', 'locked'].includes(String(after.state)))
      wrote(`tickets: changed (${columns.join(', ')}) by a request that may not`, after);
  }

  const flows = changes.tables.flows;
  const creates = path === ROUTES.flowTerms.path || path === ROUTES.deepLink.path;
  for (const row of flows?.added ?? []) {
    if (!creates || row.id !== setId('hpki_flow')) wrote('flows: row added by a route that does not start flows', row);
    else if (row.ticket_id === null && row.terms_agreed_at === null)
      wrote('flows: row added for a refused request', row);
  }
  for (const { after } of flows?.changed ?? [])
    if (!ownFlows.has(String(after.id))) wrote("flows: another request's flow changed", after);
  for (const row of flows?.removed ?? []) if (!ownFlows.has(String(row.id))) wrote('flows: row removed', row);

  const devices = changes.tables.device_changes;
  for (const row of devices?.added ?? [])
    if (path !== ROUTES.deviceSignInOptions.path || !answeredOk || row.id !== setId('hpki_device_change'))
      wrote('device_changes: row added by a request that may not', row);
  for (const { after } of devices?.changed ?? [])
    if (!ownChanges.has(String(after.id))) wrote("device_changes: another request's change changed", after);
  for (const row of devices?.removed ?? [])
    if (!ownChanges.has(String(row.id))) wrote('device_changes: row removed', row);

  const drafts = changes.tables.application_drafts;
  for (const row of drafts?.added ?? [])
    if (path !== ROUTES.reissueApplyCheck.path || row.id !== setId('hpki_reissue_apply') || row.form === null)
      wrote('application_drafts: row added by a request that may not', row);
  for (const { after } of drafts?.changed ?? [])
    if (!ownDrafts.has(String(after.id))) wrote("application_drafts: another request's application changed", after);
  for (const row of drafts?.removed ?? []) wrote('application_drafts: row removed', row);

  const applications = changes.tables.applications;
  const submitted = [...(drafts?.changed ?? [])].map(({ after }) => after.receipt);
  for (const row of applications?.added ?? [])
    if (path !== ROUTES.reissueApplySubmit.path || !submitted.includes(row.receipt))
      wrote('applications: row added by a request that may not', row);
  for (const row of [...(applications?.removed ?? []), ...(applications?.changed ?? []).map((c) => c.after)])
    wrote('applications: row changed or removed', row);

  const challenges = changes.tables.challenges;
  for (const row of challenges?.added ?? [])
    if (!path.endsWith('options') || !answeredOk || !ownedChallenge(row))
      wrote('challenges: row added by a request that may not', row);
  for (const row of challenges?.removed ?? [])
    if (!ownedChallenge(row) && Number(row.expires_at) > Date.now()) wrote("challenges: another owner's removed", row);
  for (const { after } of challenges?.changed ?? []) wrote('challenges: row changed', after);

  if (changes.auditMissing > 0)
    problems.push({ kind: 'audit_events: rows removed', detail: String(changes.auditMissing) });
  return problems;
}

/** Sessions in every state a case may carry: each is set up the way a doctor's browser gets it. */
async function openSessions(server: OwnServer): Promise<FuzzContext> {
  const { holder, ticket } = await holderWithTicket({ env: server.env });
  const origin = server.origin;
  const host = new URL(origin).host;
  const go = (method: string, target: string, cookie?: string, body?: { type: string; text: string }) =>
    send(server.port, {
      method,
      target,
      headers: [
        ['host', host],
        ['origin', origin],
        ['x-forwarded-for', SETUP_ADDRESS],
        ...(cookie ? [['cookie', cookie] as [string, string]] : []),
        ...(body ? [['content-type', body.type] as [string, string]] : []),
      ],
      body: body ? { kind: 'text', text: body.text, encoding: 'utf8' } : { kind: 'none' },
    });
  const form = (text: string) => ({ type: FORM, text });
  const json = { type: 'application/json', text: '{}' };
  const cookieOf = (res: WireResponse, name: string) => {
    const value = setCookies(res).get(name);
    expect(value, `${name} set (${res.status} ${res.body.slice(0, 200)})`).toBeTruthy();
    return `${name}=${value}`;
  };
  const lands = (res: WireResponse, path: string) => expect(pathnameOf(res.headers.location ?? '')).toBe(path);
  const toPassword = async () => {
    const cookie = cookieOf(await go('GET', `/r/${ticket.code}`), 'hpki_flow');
    lands(await go('POST', ROUTES.flowTerms.path, cookie, form('agree=yes')), ROUTES.registerPassword.path);
    return cookie;
  };
  const toLogin = async () => {
    const cookie = await toPassword();
    lands(
      await go('POST', ROUTES.flowPassword.path, cookie, form(`password=${holder.password}`)),
      ROUTES.registerLogin.path,
    );
    return cookie;
  };

  const atTerms = cookieOf(await go('GET', `/r/${ticket.code}`), 'hpki_flow');
  const atStart = cookieOf(await go('POST', ROUTES.flowTerms.path, undefined, form('agree=yes')), 'hpki_flow');
  const atQr = cookieOf(await go('POST', ROUTES.flowTerms.path, undefined, form('agree=yes')), 'hpki_flow');
  lands(await go('POST', ROUTES.flowStart.path, atQr, form('')), ROUTES.registerQr.path);
  const atPassword = await toPassword();
  const atLogin = await toLogin();
  const atRegister = await toLogin();
  lands(
    await go('POST', ROUTES.flowLogin.path, atRegister, form(`username=${holder.personId}`)),
    ROUTES.registerPasskey.path,
  );
  const deviceChange = cookieOf(
    await go('POST', ROUTES.deviceSignInOptions.path, undefined, json),
    'hpki_device_change',
  );
  const loginAttempt = cookieOf(await go('POST', ROUTES.loginOptions.path, undefined, json), 'hpki_login');
  // A re-issue application at 確認: the form's fields and a real photo, posted as the form does.
  const photo = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#336699' } })
    .jpeg()
    .toBuffer();
  const fields = {
    hasCard: 'yes',
    cardId: 'FZ12CD34EF56',
    name: '試験 太郎',
    kana: 'シケン タロウ',
    birthDate: '19800401',
    medicalRegistrationNumber: '123',
    postalCode: '1138621',
    address: '東京都文京区',
    phone: '0312345678',
    email: 'taro@example.jp',
    reason: 'qrLost',
  };
  const multipart = Buffer.concat([
    ...Object.entries(fields).map(([name, value]) =>
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    ),
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="photo"; filename="card.jpg"\r\n\r\n`),
    photo,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  const checked = await send(server.port, {
    method: 'POST',
    target: ROUTES.reissueApplyCheck.path,
    headers: [
      ['host', host],
      ['origin', origin],
      ['x-forwarded-for', SETUP_ADDRESS],
      ['content-type', `multipart/form-data; boundary=${BOUNDARY}`],
    ],
    body: { kind: 'text', text: multipart.toString('latin1'), encoding: 'latin1' },
  });
  lands(checked, ROUTES.reissueApplyConfirm.path);
  const applicationAtConfirm = cookieOf(checked, 'hpki_reissue_apply');
  const csrf = await go('GET', '/api/auth/csrf');
  const csrfToken = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
  return {
    origin,
    host,
    code: ticket.code,
    personId: holder.personId,
    password: holder.password,
    medicalRegistrationNumber: holder.medicalRegistrationNumber,
    csrfToken,
    address: FUZZ_ADDRESS,
    sessions: [
      { name: 'flow at terms (ticket)', cookie: atTerms },
      { name: 'flow at start', cookie: atStart },
      { name: 'flow at qr', cookie: atQr },
      { name: 'flow at password', cookie: atPassword },
      { name: 'flow at login', cookie: atLogin },
      { name: 'flow at register', cookie: atRegister },
      { name: 'device change', cookie: deviceChange },
      { name: 'application at 確認', cookie: applicationAtConfirm },
      { name: 'login attempt', cookie: loginAttempt },
      { name: 'next-auth csrf', cookie: cookieOf(csrf, 'next-auth.csrf-token') },
      { name: 'English', cookie: 'lang=en' },
    ],
  };
}

function bodyBytes(c: FuzzCase): number {
  if (c.body.kind === 'filler') return c.body.bytes;
  return c.body.kind === 'text' ? Buffer.byteLength(c.body.text, c.body.encoding) : 0;
}

/** A stable seed per route: adding a route does not change the other routes' cases. */
function routeSeed(route: RouteSpec): number {
  return (SEED ^ parseInt(sha256(route.path).slice(0, 8), 16)) | 0;
}

function describeCase(c: FuzzCase, res: WireResponse): string {
  const target = c.target.length > 160 ? `${c.target.slice(0, 160)}…(${c.target.length})` : c.target;
  const headers = c.headers
    .filter(([name]) => name !== 'host' || c.headers.length < 3)
    .map(([name, value]) => `${name}: ${value.length > 80 ? `${value.slice(0, 80)}…(${value.length})` : value}`)
    .join(' | ');
  const body =
    c.body.kind === 'none'
      ? 'no body'
      : c.body.kind === 'filler'
        ? `${c.body.bytes} × ${JSON.stringify(c.body.fill)}${c.body.chunked ? ' chunked' : ''}`
        : JSON.stringify(c.body.text.slice(0, 160));
  return `${c.method} ${target} [${c.session}] {${headers}} ${body} → ${res.status || res.error}`;
}

test('the library-text list knows library text, and none of our own', () => {
  for (const sample of LIBRARY_SAMPLES)
    expect(
      LIBRARY_TEXT.some(([, pattern]) => pattern.test(sample)),
      sample,
    ).toBe(true);
  for (const [name, pattern] of LIBRARY_TEXT)
    expect(
      LIBRARY_SAMPLES.some((sample) => pattern.test(sample)),
      `a sample for ${name}`,
    ).toBe(true);
  // Everything the catalogue shows (support's reproduction notes are not shown to anyone).
  const ours: string[] = [];
  const collect = (value: unknown, key = ''): void => {
    if (key === 'reproduce') return;
    if (typeof value === 'string') ours.push(value);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
  };
  collect([errors, labels, faq]);
  for (const [name, pattern] of LIBRARY_TEXT)
    expect(
      ours.filter((text) => pattern.test(text)),
      `catalogue texts that look like ${name}`,
    ).toEqual([]);
});

test('every route answers malformed requests with no 5xx, no library text and no stray rows', async () => {
  test.setTimeout(600_000);
  const server = await startOwnServer(Number(process.env.FUZZ_PORT ?? E2E_PORT + 1));
  const failures = new Map<string, { count: number; examples: string[] }>();
  const fail = (key: string, example: string) => {
    const entry = failures.get(key) ?? { count: 0, examples: [] };
    entry.count += 1;
    if (entry.examples.length < 3) entry.examples.push(example);
    failures.set(key, entry);
  };
  const stats = { sent: 0, uploadsCut: 0, msPerRoute: {} as Record<string, number> };
  // What the cases met, per route (a coverage check for whoever tunes the generators).
  const outcomes: Record<string, Record<string, number>> = {};
  const every: Array<Record<string, string>> = [];
  try {
    const ctx = await openSessions(server);
    const ledger = new RowLedger(server.databaseFile);
    const auditSeen = ledger.auditRows();
    const countsBefore = ledger.counts();
    for (const route of ROUTES_RUN) {
      const started = Date.now();
      const cases = fc.sample(caseFor(route, ctx), { seed: routeSeed(route), numRuns: RUNS[route.kind] });
      for (const c of cases) {
        const flowsBefore = ledger.rows('flows');
        const logFrom = server.log().length;
        const res = await send(server.port, c);
        const changes = ledger.next();
        stats.sent += 1;
        const seen = (outcomes[route.path] ??= {});
        const met = outcome(res);
        seen[met] = (seen[met] ?? 0) + 1;
        for (const row of changes.auditAdded) auditSeen.set(String(row.id), JSON.stringify(row));
        // A server may refuse a large upload by closing the connection while it is still being
        // sent; the client then cannot read any answer. That is a refusal, not a failure (a crash
        // would fail every request after it, and the health check at the end).
        const uploadCut = res.status === 0 && bodyBytes(c) > 16 * 1024 && /ECONNRESET|EPIPE/.test(res.error ?? '');
        if (uploadCut) stats.uploadsCut += 1;
        const problems = [
          ...(uploadCut ? [] : responseProblems(res, c.target)),
          ...rowProblems(c, res, changes, flowsBefore),
        ];
        for (const problem of problems) {
          const logged = server.log().slice(logFrom).trim().split('\n').filter(Boolean).slice(0, 2).join(' / ');
          const log = logged ? ` — server log: ${logged.slice(0, 300)}` : '';
          const request = describeCase(c, res);
          fail(`${route.path} — ${problem.kind}`, `${request} ${problem.detail}${log}`);
          every.push({ route: route.path, kind: problem.kind, request, log: logged.slice(0, 300) });
        }
      }
      stats.msPerRoute[route.path] = Date.now() - started;
    }
    // Still serving after all that (a crash would also show as "no response" above).
    const health = await send(server.port, {
      method: 'GET',
      target: ROUTES.health.path,
      headers: [['host', ctx.host]],
      body: { kind: 'none' },
    });
    if (health.status !== 200) fail('server — not healthy after the run', `${health.status} ${health.error ?? ''}`);
    // Audit rows are append-only: every row seen during the run is still there, unchanged.
    const auditNow = ledger.auditRows();
    for (const [id, row] of auditSeen) if (auditNow.get(id) !== row) fail('audit_events — row changed or removed', id);
    const countsAfter = ledger.counts();
    ledger.close();
    const file = test.info().outputPath('fuzz-report.json');
    const failed = Object.fromEntries(failures);
    const report = { seed: SEED, stats, countsBefore, countsAfter, failures: failed, outcomes, every };
    writeFileSync(file, JSON.stringify(report, null, 2));
    await test.info().attach('fuzz-report.json', { path: file, contentType: 'application/json' });
  } finally {
    await server.stop();
  }
  const report = [...failures].map(([key, f]) => `${key} ×${f.count}\n    ${f.examples.join('\n    ')}`);
  expect(report, `fuzz failures (seed ${SEED}, ${stats.sent} requests)`).toEqual([]);
  if (!ONLY.length) expect(stats.sent).toBeGreaterThan(2_000);
});
