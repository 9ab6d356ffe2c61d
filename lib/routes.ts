/**
 * Every page and route handler of the app, in one table (architecture.md, "One HTTP edge"). Paths
 * use the App Router's own folder syntax (`[code]`, `[...nextauth]`), so each entry reads as the
 * folder under `app/` it stands for; `lib/routes.test.ts` keeps the table and `app/` equal, and the
 * fuzz test (tests/e2e/fuzz.spec.ts) walks every entry. Browser-safe: no server imports.
 */
export type RouteKind = 'page' | 'api' | 'deeplink';
/** What a legitimate client sends: an HTML form post, JSON from our scripts, or nothing. */
export type BodyKind = 'form' | 'json' | 'none';
export type Method = 'GET' | 'POST';

export type RouteSpec = {
  /** `/register/qr`, `/r/[code]`, `/api/auth/[...nextauth]` */
  path: string;
  kind: RouteKind;
  /** The methods the page or handler answers (a page: GET). */
  methods: readonly Method[];
  body: BodyKind;
};

const page = (path: string) => ({ path, kind: 'page', methods: ['GET'], body: 'none' }) as const;
const form = (path: string) => ({ path, kind: 'api', methods: ['POST'], body: 'form' }) as const;
const json = (path: string) => ({ path, kind: 'api', methods: ['POST'], body: 'json' }) as const;

export const ROUTES = {
  // The doctor's registration journey (STEP_PATH in lib/flow/machine.ts names the same pages).
  terms: page('/'),
  start: page('/start'),
  registerQr: page('/register/qr'),
  registerPassword: page('/register/password'),
  registerLogin: page('/register/login'),
  registerPasskey: page('/register/passkey'),
  registerLabel: page('/register/label'),
  registerComplete: page('/register/complete'),
  registerConfirmed: page('/register/confirmed'),
  // Device change (DEVICE_PATH in lib/device/endpoint.ts).
  device: page('/device'),
  deviceRegister: page('/device/register'),
  deviceLabel: page('/device/label'),
  deviceComplete: page('/device/complete'),
  // ログイン → 券面情報.
  login: page('/login'),
  card: page('/card'),
  // Help and the error page.
  helpErrors: page('/help/errors'),
  helpFaq: page('/help/faq'),
  helpReissue: page('/help/reissue'),
  unavailable: page('/unavailable'),

  /** The URL inside the paper QR code. */
  deepLink: { path: '/r/[code]', kind: 'deeplink', methods: ['GET'], body: 'none' },

  flowTerms: form('/api/flow/terms'),
  flowStart: form('/api/flow/start'),
  flowRestart: form('/api/flow/restart'),
  flowCode: form('/api/flow/code'),
  flowPassword: form('/api/flow/password'),
  flowLogin: form('/api/flow/login'),
  flowLabel: form('/api/flow/label'),
  registerOptions: json('/api/register/options'),
  registerVerify: json('/api/register/verify'),
  registerSignInOptions: json('/api/register/signin-options'),
  registerSignInVerify: json('/api/register/signin-verify'),
  deviceSignInOptions: json('/api/device/signin-options'),
  deviceSignInVerify: json('/api/device/signin-verify'),
  deviceRegisterOptions: json('/api/device/register-options'),
  deviceRegisterVerify: json('/api/device/register-verify'),
  deviceLabelSave: form('/api/device/label'),
  loginOptions: json('/api/login/options'),
  loginVerify: json('/api/login/verify'),
  /** next-auth's catch-all (session, csrf, the credentials callback). */
  auth: { path: '/api/auth/[...nextauth]', kind: 'api', methods: ['GET', 'POST'], body: 'form' },
  lang: { path: '/api/lang', kind: 'api', methods: ['GET'], body: 'none' },
  health: { path: '/api/health', kind: 'api', methods: ['GET'], body: 'none' },

  // ---- The support console: staff accounts and sign-in (issue 8 part 1). Every page and handler
  // here calls requireStaff / requireStaffPage, except the three a visitor without a staff session
  // must reach: sign-in, enrolment by link (the token is the credential) and their APIs.
  support: page('/support'),
  supportLogin: page('/support/login'),
  supportEnrol: page('/support/enrol/[token]'),
  supportStaff: page('/support/staff'),
  supportLoginOptions: json('/api/support/login/options'),
  supportLoginVerify: json('/api/support/login/verify'),
  supportLogout: form('/api/support/logout'),
  supportEnrolOptions: json('/api/support/enrol/options'),
  supportEnrolVerify: json('/api/support/enrol/verify'),
  supportReauthOptions: json('/api/support/reauth/options'),
  supportReauthVerify: json('/api/support/reauth/verify'),
  supportStaffAdd: json('/api/support/staff/add'),
  supportStaffDisable: json('/api/support/staff/disable'),
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

export const ROUTE_LIST: readonly RouteSpec[] = Object.values(ROUTES);

/** Page and endpoint names: every route but the ones with a `[segment]` in their path. */
export type PathName = {
  [N in RouteName]: (typeof ROUTES)[N]['path'] extends `${string}[${string}` ? never : N;
}[RouteName];

/** The path to link, post or redirect to: `path('helpReissue')` → `/help/reissue`. */
export function path<N extends PathName>(name: N): (typeof ROUTES)[N]['path'] {
  return ROUTES[name].path;
}

/** A staff enrolment link's path (`/support/enrol/<token>`); the token is base64url. */
export function enrolmentPath(token: string): string {
  return ROUTES.supportEnrol.path.replace('[token]', encodeURIComponent(token));
}
