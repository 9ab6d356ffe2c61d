import 'server-only';
import type { DeviceChange } from '@/lib/db/schema';
import { defineJourney, type FormResult } from '@/lib/journey/kernel';
import {
  DEVICE_PATH,
  deviceAccess,
  deviceTransition,
  isDeviceStep,
  type DeviceEvent,
  type DeviceInterruptCode,
  type DeviceStep,
} from '@/lib/steps/device-change';
import { deviceChanges } from './store';

const stepOf = (change: DeviceChange): DeviceStep => (isDeviceStep(change.step) ? change.step : 'signin');

/**
 * The device-change journey (spec §6) on the kernel; its steps, graph and Back / idle rules are
 * lib/steps/device-change.ts. /device, the entrance, starts a change and does not guard itself.
 */
export const deviceChange = defineJourney<'device_changes', DeviceStep, DeviceEvent, DeviceInterruptCode>({
  name: 'deviceChange',
  store: deviceChanges,
  cookie: 'deviceChange',
  paths: DEVICE_PATH,
  stepOf,
  decide: (change, step, now) =>
    deviceAccess(change ? { step: stepOf(change), updatedAt: change.updated_at } : null, step, now),
  transition: (change, event) => deviceTransition(stepOf(change), event),
  missing: 'device.back',
});

/** What a device-change form step's handler answers. */
export type DeviceStepResult = FormResult<'device_changes', DeviceEvent>;
