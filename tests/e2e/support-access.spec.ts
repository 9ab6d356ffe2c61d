/**
 * The support console's access matrix (issue 8 #7): every support route in the routes table ×
 * {anonymous, a signed-in doctor, support, admin}, checked against what lib/authz/route-access.ts
 * declares for it. A page without a staff session goes to /support/login; an API answers 401
 * `staff.signin_required`; a role without the permission gets 403 (`staff.forbidden` for APIs).
 * A new support route without an entry is a type error there, and a guard that does not match its
 * entry fails here.
 */
import type { BrowserContext } from '@playwright/test';
import { PERMISSIONS } from '../../lib/authz/permissions';
import { SUPPORT_ACCESS } from '../../lib/authz/route-access';
import { ROUTES } from '../../lib/routes';
import { VirtualAuthenticator } from './fixtures/authenticator';
import { logIn, registeredHolder } from './fixtures/registered';
import { signedInStaff } from './fixtures/staff';
import { expect, test } from './fixtures/test';
import { E2E_ORIGIN } from './server-env';

type Who = 'anonymous' | 'doctor' | 'support' | 'admin';
const SAMPLE_SEGMENT: Record<string, string> = {
  '[token]': 'x'.repeat(43),
  '[id]': '00000000-0000-4000-8000-000000000000',
};
const concrete = (path: string) => path.replace(/\[[^\]]+\]/g, (s) => SAMPLE_SEGMENT[s] ?? 'x');

test('every support route × anonymous, doctor, support and admin behaves as its entry says', async ({ browser }) => {
  test.setTimeout(240_000);
  const contexts = {} as Record<Who, BrowserContext>;
  const fresh = async () => {
    const context = await browser.newContext({ ...test.info().project.use });
    const page = await context.newPage();
    await VirtualAuthenticator.add(page);
    return { context, page };
  };
  for (const who of ['anonymous', 'doctor', 'support', 'admin'] as const) {
    const { context, page } = await fresh();
    if (who === 'doctor') {
      const { holder } = await registeredHolder(page);
      await logIn(page, holder.medicalRegistrationNumber);
      await expect(page.getByRole('heading', { name: '券面情報' })).toBeVisible();
    }
    if (who === 'support' || who === 'admin') await signedInStaff(page, who);
    await page.close();
    contexts[who] = context;
  }

  const failures: string[] = [];
  // Sign-out last: it ends the staff sessions the other rows need.
  const entries = Object.entries(SUPPORT_ACCESS).sort(
    ([a], [b]) => Number(a === 'supportLogout') - Number(b === 'supportLogout'),
  );
  for (const [name, entry] of entries) {
    const route = ROUTES[name as keyof typeof SUPPORT_ACCESS];
    const url = concrete(route.path);
    for (const who of ['anonymous', 'doctor', 'support', 'admin'] as const) {
      const roles: readonly string[] = entry.access === 'public' ? [] : PERMISSIONS[entry.access].roles;
      const expected =
        entry.access === 'public'
          ? 'open'
          : who === 'anonymous' || who === 'doctor'
            ? 'signIn'
            : roles.includes(who)
              ? 'open'
              : 'forbidden';
      const request = contexts[who].request;
      let got: string;
      if (route.kind === 'page') {
        const res = await request.get(url, { maxRedirects: 0 });
        const location = res.headers()['location'] ?? '';
        got =
          res.status() === 403
            ? 'forbidden'
            : [303, 307, 308].includes(res.status()) && location.endsWith('/support/login')
              ? 'signIn'
              : res.status() < 500
                ? 'open'
                : `HTTP ${res.status()}`;
      } else {
        const body = 'body' in entry ? entry.body : undefined;
        // A GET-only handler (the audit CSV download) is asked with GET, the others with their POST.
        const methods: readonly string[] = route.methods;
        const res = !methods.includes('POST')
          ? await request.get(url, { maxRedirects: 0 })
          : route.body === 'form'
            ? await request.post(url, { headers: { origin: E2E_ORIGIN }, form: {}, maxRedirects: 0 })
            : await request.post(url, { headers: { origin: E2E_ORIGIN }, data: body ?? {} });
        const json = res.headers()['content-type']?.includes('json') ? ((await res.json()) as { code?: string }) : {};
        got =
          res.status() === 401 && json.code === 'staff.signin_required'
            ? 'signIn'
            : res.status() === 403 && json.code === 'staff.forbidden'
              ? 'forbidden'
              : res.status() < 500 && res.status() !== 401 && res.status() !== 403
                ? 'open'
                : `HTTP ${res.status()} ${json.code ?? ''}`;
      }
      if (got !== expected) failures.push(`${route.path} as ${who}: expected ${expected}, got ${got}`);
    }
  }
  for (const context of Object.values(contexts)) await context.close();
  expect(failures).toEqual([]);
});
