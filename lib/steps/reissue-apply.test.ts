import { describe, expect, it } from 'vitest';
import { APPLY_STEPS, applyAccess, applyTransition } from './reissue-apply';

describe('the re-issue application definition', () => {
  it('goes form → 確認 → 受付, and back from 確認 to the form', () => {
    expect(applyTransition('form', 'checked')).toBe('confirm');
    expect(applyTransition('confirm', 'edit')).toBe('form');
    expect(applyTransition('confirm', 'submitted')).toBe('received');
    expect(applyTransition('form', 'submitted')).toBeNull();
    expect(applyTransition('received', 'edit')).toBeNull();
  });

  it('starts at the form; every other page goes to where the application is', () => {
    expect(applyAccess(null, 'form')).toEqual({ kind: 'render' });
    expect(applyAccess(null, 'confirm')).toEqual({ kind: 'redirect', to: 'form' });
    expect(applyAccess(null, 'received')).toEqual({ kind: 'redirect', to: 'form' });
    for (const at of APPLY_STEPS) expect(applyAccess(at, at)).toEqual({ kind: 'render' });
    expect(applyAccess('confirm', 'form')).toEqual({ kind: 'redirect', to: 'confirm' });
    expect(applyAccess('form', 'received')).toEqual({ kind: 'redirect', to: 'form' });
    // Once received, the form opens empty for another application.
    expect(applyAccess('received', 'form')).toEqual({ kind: 'render' });
    expect(applyAccess('received', 'confirm')).toEqual({ kind: 'redirect', to: 'received' });
  });
});
