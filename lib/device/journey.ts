import 'server-only';
import type { DeviceChange } from '@/lib/db/schema';
import { defineJourney } from '@/lib/journey/kernel';
import { path } from '@/lib/routes';
import { loadDeviceChange, type DeviceStep } from './store';

export const DEVICE_PATH: Record<DeviceStep, string> = {
  signin: path('device'),
  register: path('deviceRegister'),
  label: path('deviceLabel'),
  complete: path('deviceComplete'),
};

/**
 * The device-change journey (spec §6) as a definition on the kernel: its graph is
 * DEVICE_TRANSITIONS (./store.ts). A page or endpoint of another step than the change's sends the
 * doctor back to the entrance, /device (which starts a change and so does not guard itself).
 */
export const deviceChange = defineJourney<DeviceChange, DeviceStep>({
  cookie: 'deviceChange',
  paths: DEVICE_PATH,
  load: loadDeviceChange,
  decide: (change, step) => (change?.step === step ? { kind: 'render' } : { kind: 'redirect', to: 'signin' }),
});
