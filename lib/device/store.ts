import 'server-only';
import type { DeviceChange } from '@/lib/db/schema';
import { journeyStore } from '@/lib/journey/store';
import { REAUTH_WINDOW_MS, type DeviceStep } from '@/lib/steps/device-change';

/** Device change's rows (`device_changes`) in the kernel's row store: hashed token, guarded advance. */
export const deviceChanges = journeyStore<'device_changes', DeviceStep>('device_changes');

export function isFreshSignIn(change: Pick<DeviceChange, 'authenticated_at'>, now: number): boolean {
  return change.authenticated_at !== null && now - change.authenticated_at <= REAUTH_WINDOW_MS;
}
