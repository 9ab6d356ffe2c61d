import type { ROUTES } from '@/lib/routes';
import type { Permission } from './permissions';

/** Every route of the support console: a page or handler under /support or /api/support. */
export type SupportRouteName = {
  [N in keyof typeof ROUTES]: (typeof ROUTES)[N]['path'] extends
    '/support' | `/support/${string}` | `/api/support/${string}`
    ? N
    : never;
}[keyof typeof ROUTES];

/**
 * Who may use each support route (issue 8 #7): `public` for the few a visitor without a staff
 * session must reach (sign-in, enrolment by link — the token is the credential — and sign-out),
 * else the permission its guard checks. `satisfies Record<SupportRouteName, …>` makes a new
 * support route without an entry a type error, and tests/e2e/support-access.spec.ts checks every
 * entry against the running site for anonymous, a doctor, support and admin. `body` is a request
 * that passes the handler's schema, so the answer is the guard's and not a 400.
 */
export const SUPPORT_ACCESS = {
  support: { access: 'holders.read' },
  supportLogin: { access: 'public' },
  supportEnrol: { access: 'public' },
  supportStaff: { access: 'staff.manage' },
  supportHolder: { access: 'holders.read' },
  supportErrors: { access: 'errors.reproduce' },
  supportReproduce: { access: 'errors.reproduce' },
  supportAudit: { access: 'audit.read' },
  supportAuditCsv: { access: 'audit.export' },
  supportLoginOptions: { access: 'public', body: {} },
  supportLoginVerify: { access: 'public', body: { response: {} } },
  supportLogout: { access: 'public' },
  supportEnrolOptions: { access: 'public', body: { token: 'x'.repeat(43) } },
  supportEnrolVerify: { access: 'public', body: { token: 'x'.repeat(43), response: {} } },
  supportReauthOptions: { access: 'staff.manage', body: {} },
  supportReauthVerify: { access: 'staff.manage', body: { response: {} } },
  supportStaffAdd: { access: 'staff.manage', body: { name: '', role: 'support' } },
  supportStaffDisable: { access: 'staff.manage', body: { staffId: '00000000-0000-4000-8000-000000000000' } },
  supportHolderIssue: {
    access: 'tickets.issue',
    body: { holderId: '00000000-0000-4000-8000-000000000000', reason: 'access matrix' },
  },
  supportHolderExpire: {
    access: 'tickets.expire',
    body: { holderId: '00000000-0000-4000-8000-000000000000', reason: 'access matrix' },
  },
  supportHolderRevoke: {
    access: 'credentials.revoke',
    body: { holderId: '00000000-0000-4000-8000-000000000000', reason: 'access matrix' },
  },
  supportApplications: { access: 'applications.read' },
  supportApplication: { access: 'applications.read' },
  supportApplicationPhoto: { access: 'applications.read' },
  supportApplicationApprove: {
    access: 'applications.decide',
    body: { applicationId: '00000000-0000-4000-8000-000000000000' },
  },
  supportApplicationReject: {
    access: 'applications.decide',
    body: { applicationId: '00000000-0000-4000-8000-000000000000', reason: 'access matrix' },
  },
} as const satisfies Record<SupportRouteName, { access: 'public' | Permission; body?: Record<string, unknown> }>;
