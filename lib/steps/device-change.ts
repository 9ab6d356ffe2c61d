/**
 * The device-change journey's definition (spec §6; FAQ Q1), as plain data and pure functions like
 * ./registration.ts: its steps and their pages, the step graph and what a page may show. The
 * kernel (lib/journey) runs it; lib/device holds its handlers.
 */
import { graphTransition, pagePaths, stepGuard, type StepTable } from './table';

export const DEVICE_CHANGE_STEPS = {
  signin: { page: ['device', '/device'] },
  register: { page: ['deviceRegister', '/device/register'] },
  label: { page: ['deviceLabel', '/device/label'], form: ['deviceLabelSave', '/api/device/label'] },
  complete: { page: ['deviceComplete', '/device/complete'] },
} as const satisfies StepTable;

export type DeviceStep = keyof typeof DEVICE_CHANGE_STEPS;
export const DEVICE_STEPS = Object.keys(DEVICE_CHANGE_STEPS) as DeviceStep[];
export const DEVICE_PATH = pagePaths(DEVICE_CHANGE_STEPS);

/** The old-phone sign-in must be fresh when the new passkey is stored (spec §6). */
export const REAUTH_WINDOW_MS = 5 * 60_000;
/** A device change left alone this long is over: its pages say so (`device.expired`). */
export const DEVICE_CHANGE_IDLE_MS = 15 * 60_000;

/**
 * The step graph: each event moves a change from one step to the next. Handlers name the event;
 * the successor lives only here.
 */
export const DEVICE_TRANSITIONS = {
  oldPhoneVerified: { from: 'signin', to: 'register' },
  newPhoneRegistered: { from: 'register', to: 'label' },
  labelled: { from: 'label', to: 'complete' },
} as const satisfies Record<string, { from: DeviceStep; to: DeviceStep }>;
export type DeviceEvent = keyof typeof DEVICE_TRANSITIONS;

export const isDeviceStep = stepGuard(DEVICE_STEPS);

/** The step an event leads to from `step`, or null when the event does not start there. */
export const deviceTransition = graphTransition<DeviceStep, DeviceEvent>(DEVICE_TRANSITIONS);

/** Why a device-change page shows a message instead of its step (as registration's InterruptCode). */
export type DeviceInterruptCode = 'device.back' | 'device.expired' | 'device.registered' | 'device.finished';

export type DeviceAccess =
  { kind: 'render' } | { kind: 'redirect'; to: DeviceStep } | { kind: 'interrupt'; code: DeviceInterruptCode };

/**
 * May this step be used now? The same rules as registration's `access`: a later step goes to
 * where the change is; an earlier one is Back pressed — or, once the new passkey is stored, says
 * the new phone is registered (at the label) or the change is done; idle too long has ended the
 * change (at the label nothing is lost: the new passkey has its automatic label). Without a
 * change the doctor starts at /device, the entrance, which starts a new one.
 */
export function deviceAccess(
  change: { step: DeviceStep; updatedAt: number } | null,
  step: DeviceStep,
  now: number,
): DeviceAccess {
  if (!change) return step === 'signin' ? { kind: 'render' } : { kind: 'redirect', to: 'signin' };
  if (change.step !== 'complete' && now - change.updatedAt > DEVICE_CHANGE_IDLE_MS)
    return { kind: 'interrupt', code: change.step === 'label' ? 'device.finished' : 'device.expired' };
  if (change.step === step) return { kind: 'render' };
  if (DEVICE_STEPS.indexOf(step) > DEVICE_STEPS.indexOf(change.step)) return { kind: 'redirect', to: change.step };
  if (change.step === 'complete') return { kind: 'interrupt', code: 'device.finished' };
  if (change.step === 'label') return { kind: 'interrupt', code: 'device.registered' };
  return { kind: 'interrupt', code: 'device.back' };
}
