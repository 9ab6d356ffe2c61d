import 'server-only';
import { redirect } from 'next/navigation';
import { DEVICE_PATH, deviceChange } from './journey';
import type { DeviceStep } from './store';

/** Device-change pages render only at their own step; otherwise the doctor starts at /device. */
export async function requireDeviceStep(step: DeviceStep) {
  const { row } = await deviceChange.stepPage(step);
  if (!row) redirect(DEVICE_PATH.signin);
  return row;
}
