import 'server-only';
import type { DeviceStep } from '@/lib/steps/device-change';
import { stepView } from '@/lib/journey/page';
import { deviceChange } from './journey';

/**
 * Every device-change step page starts here, as registration's start at `requireStep`: the
 * change's own step renders (with its pending notice), a later one goes to where the change is,
 * Back / idle / already done show their message, and without a change the doctor is sent to the
 * entrance, /device.
 */
export async function requireDeviceStep(step: Exclude<DeviceStep, 'signin'>) {
  const view = await stepView(deviceChange, step);
  // Without a row the definition redirects every step but the entrance, so a row is here.
  if (view.status === 'ok' && !view.row) throw new Error(`device step ${step} rendered without a change`);
  return view;
}
