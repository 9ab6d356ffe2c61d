import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { DEVICE_PATH } from './endpoint';
import { readCookie } from '@/lib/http/cookies';
import { loadDeviceChange, type DeviceStep } from './store';

/** Device-change pages render only at their own step; otherwise the doctor starts at /device. */
export async function requireDeviceStep(step: DeviceStep) {
  const change = await loadDeviceChange(readCookie(await cookies(), 'deviceChange'));
  if (!change || change.step !== step) redirect(DEVICE_PATH.signin);
  return change;
}
