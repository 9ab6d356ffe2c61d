/**
 * Every page and route handler of the app, in one table (architecture.md, "One HTTP edge"). Paths
 * use the App Router's own folder syntax (`[code]`, `[...nextauth]`), so each entry reads as the
 * folder under `app/` it stands for; `lib/routes.test.ts` keeps the table and `app/` equal, and the
 * fuzz test (tests/e2e/fuzz.spec.ts) walks every entry. Browser-safe: no server imports; the
 * journeys' step tables (lib/steps) are plain data.
 */
import { DEVICE_CHANGE_STEPS } from '@/lib/steps/device-change';
import { REGISTRATION_STEPS } from '@/lib/steps/registration';
import { REISSUE_APPLY_STEPS } from '@/lib/steps/reissue-apply';
import type { StepTable } from '@/lib/steps/table';

export type RouteKind = 'page' | 'api' | 'deeplink';
/**
 * What a legitimate client sends: an HTML form post (url-encoded, or multipart with a file: the
 * re-issue photo), JSON from our scripts, or nothing.
 */
export type BodyKind = 'form' | 'multipart' | 'json' | 'none';
export type Method = 'GET' | 'POST';

export type RouteSpec = {
  /** `/register/qr`, `/r/[code]`, `/api/auth/[...nextauth]` */
  path: string;
  kind: RouteKind;
  /** The methods the page or handler answers (a page: GET). */
  methods: readonly Method[];
  body: BodyKind;
};

// Generic in the path so each entry keeps its literal path type: lib/authz/route-access.ts picks
// the support routes by it (with `path: string` every route fell out of that type, silently).
const page = <P extends string>(path: P) => ({ path, kind: 'page', methods: ['GET'], body: 'none' }) as const;
const form = <P extends string>(path: P) => ({ path, kind: 'api', methods: ['POST'], body: 'form' }) as const;
const multipart = <P extends string>(path: P) => ({ path, kind: 'api', methods: ['POST'], body: 'multipart' }) as const;
const json = <P extends string>(path: P) => ({ path, kind: 'api', methods: ['POST'], body: 'json' }) as const;
const get = <P extends string>(path: P) => ({ path, kind: 'api', methods: ['GET'], body: 'none' }) as const;

/** A step table's pages and form / upload endpoints, keyed by their route names. */
type StepRoutes<T extends StepTable> = {
  [S in keyof T as T[S]['page'][0]]: { path: T[S]['page'][1]; kind: 'page'; methods: readonly ['GET']; body: 'none' };
} & {
  [S in keyof T as T[S] extends { form: readonly [infer N extends string, string] } ? N : never]: {
    path: T[S] extends { form: readonly [string, infer P] } ? P : never;
    kind: 'api';
    methods: readonly ['POST'];
    body: 'form';
  };
} & {
  [S in keyof T as T[S] extends { upload: readonly [infer N extends string, string] } ? N : never]: {
    path: T[S] extends { upload: readonly [string, infer P] } ? P : never;
    kind: 'api';
    methods: readonly ['POST'];
    body: 'multipart';
  };
};

function stepRoutes<T extends StepTable>(table: T): StepRoutes<T> {
  const entries = Object.values(table).flatMap(({ page: [name, path], form: endpoint, upload }) => [
    [name, page(path)],
    ...(endpoint ? [[endpoint[0], form(endpoint[1])]] : []),
    ...(upload ? [[upload[0], multipart(upload[1])]] : []),
  ]);
  return Object.fromEntries(entries) as StepRoutes<T>;
}

export const ROUTES = {
  // The journeys' pages and forms come from their definitions (lib/steps): the doctor's
  // registration, and device change.
  ...stepRoutes(REGISTRATION_STEPS),
  ...stepRoutes(DEVICE_CHANGE_STEPS),
  // ログイン → 券面情報.
  login: page('/login'),
  card: page('/card'),
  // QRコードの再発行 (issue 9): the page that explains both ways and leads to each.
  reissue: page('/reissue'),
  // Re-issue with the IC card (decision 0022): one prefix, where the proxy asks for the certificate.
  reissueCard: page('/reissue/card'),
  reissueCardIssue: json('/reissue/card/issue'),
  // Re-issue by application (decision 0025): form → 確認 → 受付, and the checked photo for the
  // 確認 page's preview (only to the browser whose application it is).
  ...stepRoutes(REISSUE_APPLY_STEPS),
  reissueApplyPhoto: get('/api/reissue/apply/photo'),
  // Help and the error page (/help/reissue moved to /reissue and redirects there).
  helpErrors: page('/help/errors'),
  helpFaq: page('/help/faq'),
  helpReissue: page('/help/reissue'),
  unavailable: page('/unavailable'),

  /** The URL inside the paper QR code. */
  deepLink: { path: '/r/[code]', kind: 'deeplink', methods: ['GET'], body: 'none' },

  flowRestart: form('/api/flow/restart'),
  registerOptions: json('/api/register/options'),
  registerVerify: json('/api/register/verify'),
  registerSignInOptions: json('/api/register/signin-options'),
  registerSignInVerify: json('/api/register/signin-verify'),
  deviceSignInOptions: json('/api/device/signin-options'),
  deviceSignInVerify: json('/api/device/signin-verify'),
  deviceRegisterOptions: json('/api/device/register-options'),
  deviceRegisterVerify: json('/api/device/register-verify'),
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
  supportHolder: page('/support/holders/[id]'),
  // The catalogue with 再現する (issue 8 #5): the button posts here, a sandbox opens.
  supportErrors: page('/support/errors'),
  supportReproduce: form('/api/support/errors/reproduce'),
  supportAudit: page('/support/audit'),
  supportLoginOptions: json('/api/support/login/options'),
  supportLoginVerify: json('/api/support/login/verify'),
  supportLogout: form('/api/support/logout'),
  supportEnrolOptions: json('/api/support/enrol/options'),
  supportEnrolVerify: json('/api/support/enrol/verify'),
  supportReauthOptions: json('/api/support/reauth/options'),
  supportReauthVerify: json('/api/support/reauth/verify'),
  supportStaffAdd: json('/api/support/staff/add'),
  supportStaffDisable: json('/api/support/staff/disable'),
  supportHolderIssue: json('/api/support/holders/issue'),
  supportHolderExpire: json('/api/support/holders/expire'),
  supportHolderRevoke: json('/api/support/holders/revoke'),
  /** The audit log as CSV under the page's filters (a download link: GET, the query string). */
  supportAuditCsv: get('/api/support/audit/csv'),
  // Re-issue applications (issue 9 #3): the queue, one application, its photo (no-store), decisions.
  supportApplications: page('/support/applications'),
  supportApplication: page('/support/applications/[id]'),
  supportApplicationPhoto: get('/api/support/applications/[id]/photo'),
  supportApplicationApprove: json('/api/support/applications/approve'),
  supportApplicationReject: json('/api/support/applications/reject'),
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

export const ROUTE_LIST: readonly RouteSpec[] = Object.values(ROUTES);

/** Page and endpoint names: every route but the ones with a `[segment]` in their path. */
export type PathName = {
  [N in RouteName]: (typeof ROUTES)[N]['path'] extends `${string}[${string}` ? never : N;
}[RouteName];

/** The path to link, post or redirect to: `path('reissue')` → `/reissue`. */
export function path<N extends PathName>(name: N): (typeof ROUTES)[N]['path'] {
  return ROUTES[name].path;
}

/** A holder's page in the support console (`/support/holders/<id>`). */
export function holderPath(id: string): string {
  return ROUTES.supportHolder.path.replace('[id]', encodeURIComponent(id));
}

/** A staff enrolment link's path (`/support/enrol/<token>`); the token is base64url. */
export function enrolmentPath(token: string): string {
  return ROUTES.supportEnrol.path.replace('[token]', encodeURIComponent(token));
}

/** A re-issue application's page in the support console (`/support/applications/<id>`). */
export function applicationPath(id: string): string {
  return ROUTES.supportApplication.path.replace('[id]', encodeURIComponent(id));
}

/** A re-issue application's card-face photo (`/api/support/applications/<id>/photo`). */
export function applicationPhotoPath(id: string): string {
  return ROUTES.supportApplicationPhoto.path.replace('[id]', encodeURIComponent(id));
}
