import 'server-only';
import { getDb, type Tx } from '@/lib/db/client';
import type { DeviceChange } from '@/lib/db/schema';
import { hashToken, newToken } from '@/lib/security/secrets';

/** The old-phone sign-in must be fresh when the new passkey is stored (spec §6). */
export const REAUTH_WINDOW_MS = 5 * 60_000;
/** An abandoned device change is forgotten after this long. */
export const DEVICE_CHANGE_IDLE_MS = 15 * 60_000;

export const DEVICE_STEPS = ['signin', 'register', 'label', 'complete'] as const;
export type DeviceStep = (typeof DEVICE_STEPS)[number];

/**
 * The device-change journey's step graph (spec §6): each event moves a change from one step to
 * the next. Handlers name the event; the successor lives only here.
 */
export const DEVICE_TRANSITIONS = {
  oldPhoneVerified: { from: 'signin', to: 'register' },
  newPhoneRegistered: { from: 'register', to: 'label' },
  labelled: { from: 'label', to: 'complete' },
} as const satisfies Record<string, { from: DeviceStep; to: DeviceStep }>;
export type DeviceEvent = keyof typeof DEVICE_TRANSITIONS;

export function isDeviceStep(value: string): value is DeviceStep {
  return (DEVICE_STEPS as readonly string[]).includes(value);
}

export async function loadDeviceChange(token: string | undefined, now = Date.now()): Promise<DeviceChange | undefined> {
  if (!token || token.length > 100) return undefined;
  const { db } = await getDb();
  const row = await db.selectFrom('device_changes').selectAll().where('id', '=', hashToken(token)).executeTakeFirst();
  if (!row || (row.step !== 'complete' && now - row.updated_at > DEVICE_CHANGE_IDLE_MS)) return undefined;
  return row;
}

export async function createDeviceChange(now = Date.now()): Promise<{ token: string; id: string }> {
  const token = newToken();
  const id = hashToken(token);
  const { db } = await getDb();
  await db
    .insertInto('device_changes')
    .values({
      id,
      step: 'signin',
      holder_id: null,
      old_credential_id: null,
      new_credential_id: null,
      authenticated_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return { token, id };
}

/**
 * Applies `event`, only from its step (a double tap or a second tab cannot apply it twice).
 * Returns the step the change moved to, or null when another request moved it first.
 */
export async function advanceDeviceChange(
  tx: Tx,
  id: string,
  event: DeviceEvent,
  patch: {
    holderId?: string;
    oldCredentialId?: string;
    newCredentialId?: string;
    authenticatedAt?: number;
  },
  now = Date.now(),
): Promise<DeviceStep | null> {
  const { from, to } = DEVICE_TRANSITIONS[event];
  const result = await tx
    .updateTable('device_changes')
    .set({
      step: to,
      updated_at: now,
      ...(patch.holderId !== undefined && { holder_id: patch.holderId }),
      ...(patch.oldCredentialId !== undefined && { old_credential_id: patch.oldCredentialId }),
      ...(patch.newCredentialId !== undefined && { new_credential_id: patch.newCredentialId }),
      ...(patch.authenticatedAt !== undefined && { authenticated_at: patch.authenticatedAt }),
    })
    .where('id', '=', id)
    .where('step', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? to : null;
}

export function isFreshSignIn(change: Pick<DeviceChange, 'authenticated_at'>, now: number): boolean {
  return change.authenticated_at !== null && now - change.authenticated_at <= REAUTH_WINDOW_MS;
}
