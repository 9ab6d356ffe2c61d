import { describe, expect, it } from 'vitest';
import { DEVICE_CHANGE_IDLE_MS, DEVICE_STEPS, deviceAccess, deviceTransition, type DeviceStep } from './device-change';

const now = 1_800_000_000_000;
const at = (step: DeviceStep, idleMs = 1000) => ({ step, updatedAt: now - idleMs });

describe('device change: what a step may show (the rules registration has)', () => {
  it('without a change, only the entrance renders; every other step goes there', () => {
    expect(deviceAccess(null, 'signin', now)).toEqual({ kind: 'render' });
    for (const step of ['register', 'label', 'complete'] as const)
      expect(deviceAccess(null, step, now)).toEqual({ kind: 'redirect', to: 'signin' });
  });

  it.each(DEVICE_STEPS)('%s renders at its own step', (step) => {
    expect(deviceAccess(at(step), step, now)).toEqual({ kind: 'render' });
  });

  it('a later step goes to where the change is', () => {
    expect(deviceAccess(at('register'), 'complete', now)).toEqual({ kind: 'redirect', to: 'register' });
    expect(deviceAccess(at('signin'), 'label', now)).toEqual({ kind: 'redirect', to: 'signin' });
  });

  it('an earlier step is Back pressed, or says the new phone is registered / the change is done', () => {
    expect(deviceAccess(at('register'), 'signin', now)).toEqual({ kind: 'interrupt', code: 'device.back' });
    expect(deviceAccess(at('label'), 'register', now)).toEqual({ kind: 'interrupt', code: 'device.registered' });
    expect(deviceAccess(at('complete'), 'label', now)).toEqual({ kind: 'interrupt', code: 'device.finished' });
  });

  it('idle past the limit has ended the change; at the label nothing was lost', () => {
    const idle = DEVICE_CHANGE_IDLE_MS + 1;
    expect(deviceAccess(at('register', idle), 'register', now)).toEqual({ kind: 'interrupt', code: 'device.expired' });
    expect(deviceAccess(at('signin', idle), 'signin', now)).toEqual({ kind: 'interrupt', code: 'device.expired' });
    expect(deviceAccess(at('label', idle), 'label', now)).toEqual({ kind: 'interrupt', code: 'device.finished' });
    expect(deviceAccess(at('complete', idle), 'complete', now)).toEqual({ kind: 'render' });
    expect(deviceAccess(at('register', DEVICE_CHANGE_IDLE_MS), 'register', now)).toEqual({ kind: 'render' });
  });
});

describe('device change: the step graph', () => {
  it('moves each event only from its own step', () => {
    expect(deviceTransition('signin', 'oldPhoneVerified')).toBe('register');
    expect(deviceTransition('register', 'newPhoneRegistered')).toBe('label');
    expect(deviceTransition('label', 'labelled')).toBe('complete');
    expect(deviceTransition('register', 'oldPhoneVerified')).toBeNull();
    expect(deviceTransition('complete', 'labelled')).toBeNull();
  });
});
