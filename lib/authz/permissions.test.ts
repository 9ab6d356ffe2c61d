import { describe, expect, it } from 'vitest';
import { PERMISSIONS, can, decide, type Permission } from './permissions';
import type { Principal } from '@/lib/auth/principal';

const doctor: Principal = { kind: 'doctor', holderId: 'h1' };
const support: Principal = { kind: 'staff', staffId: 's1', role: 'support' };
const admin: Principal = { kind: 'staff', staffId: 'a1', role: 'admin' };
const all = Object.keys(PERMISSIONS) as Permission[];
const supportMay: Permission[] = ['holders.read', 'applications.read', 'errors.reproduce', 'audit.read'];

describe('the support guard decides', () => {
  it.each(all)('%s: anonymous and a doctor are asked to sign in as staff (401)', (permission) => {
    const refusal = { ok: false, status: 401, code: 'staff.signin_required' };
    expect(decide(null, permission)).toEqual(refusal);
    expect(decide(doctor, permission)).toEqual(refusal);
    expect(can(doctor, permission)).toBe(false);
  });

  it.each(all)('%s: an admin may', (permission) => {
    expect(decide(admin, permission)).toEqual({ ok: true, principal: admin });
  });

  it.each(all)('%s: support may look up, reproduce and read, nothing else (403)', (permission) => {
    expect(decide(support, permission)).toEqual(
      supportMay.includes(permission)
        ? { ok: true, principal: support }
        : { ok: false, status: 403, code: 'staff.forbidden' },
    );
  });

  it('lists the console’s actions (product.md §8)', () => {
    expect(all.sort()).toEqual(
      [
        'applications.decide',
        'applications.read',
        'audit.export',
        'audit.read',
        'credentials.revoke',
        'errors.reproduce',
        'holders.read',
        'staff.manage',
        'tickets.expire',
        'tickets.issue',
      ].sort(),
    );
  });
});
