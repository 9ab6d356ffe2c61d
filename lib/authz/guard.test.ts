import { describe, expect, it, vi } from 'vitest';
import { refusalResponse, requireStaff, requireStaffPage, STAFF_SIGN_IN_PATH } from './guard';

// A request without the staff session cookie (the guard with real sessions: tests/integration/staff.test.ts).
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }));

describe('requireStaff, without a staff session', () => {
  it('refuses a route handler with 401 JSON { ok: false, code }', async () => {
    const access = await requireStaff('holders.read');
    expect(access).toEqual({ ok: false, status: 401, code: 'staff.signin_required' });
    if (access.ok) return;
    const res = refusalResponse(access);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ ok: false, code: 'staff.signin_required' });
  });

  it('sends a page to the staff sign-in page', async () => {
    const redirected = await requireStaffPage('holders.read').catch((e: unknown) => e);
    expect(String((redirected as { digest?: string }).digest)).toContain(`;${STAFF_SIGN_IN_PATH};`);
  });

  it('answers a 403 refusal as 403 JSON', async () => {
    const res = refusalResponse({ ok: false, status: 403, code: 'staff.forbidden' });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ ok: false, code: 'staff.forbidden' });
  });
});
