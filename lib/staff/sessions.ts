import 'server-only';
import { getDb, type Tx } from '@/lib/db/client';
import type { StaffRole } from '@/lib/db/schema';
import { hashToken, newToken } from '@/lib/security/secrets';
import { TOUCH_EVERY_MS, sessionState } from './policy';

/**
 * The owner of `staff_sessions`: a server-side row per staff sign-in, named by the SHA-256 of the
 * cookie's random token. Being a row, a session can be ended (sign-out, account disabled) and its
 * idle and absolute limits are checked on every request (./policy.ts).
 */

export async function createSession(tx: Tx, staffId: string, now: number): Promise<string> {
  const token = newToken();
  await tx
    .insertInto('staff_sessions')
    .values({
      id: hashToken(token),
      staff_id: staffId,
      created_at: now,
      last_seen_at: now,
      authenticated_at: now,
      ended_at: null,
      ended_reason: null,
    })
    .execute();
  return token;
}

export type LiveSession = {
  sessionId: string;
  staffId: string;
  name: string;
  role: StaffRole;
  createdAt: number;
  authenticatedAt: number;
};

/**
 * The live session of a cookie token, its last-seen time moved on; null when there is none, it
 * ended, it is past 8 hours or idle for 30 minutes (a session found so is ended for good, so it
 * cannot come back), or its account is disabled.
 */
export async function liveSession(token: string, now = Date.now()): Promise<LiveSession | null> {
  const { db } = await getDb();
  const id = hashToken(token);
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .selectAll('staff_sessions')
    .select(['staff.name', 'staff.role', 'staff.disabled_at'])
    .where('staff_sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const state = sessionState(row, now);
  if (state === 'ended') return null;
  if (state !== 'live' || row.disabled_at !== null) {
    await db
      .updateTable('staff_sessions')
      .set({ ended_at: now, ended_reason: row.disabled_at !== null ? 'disabled' : state })
      .where('id', '=', id)
      .where('ended_at', 'is', null)
      .execute();
    return null;
  }
  if (now - row.last_seen_at >= TOUCH_EVERY_MS) {
    await db
      .updateTable('staff_sessions')
      .set({ last_seen_at: now })
      .where('id', '=', id)
      .where('ended_at', 'is', null)
      .execute();
  }
  return {
    sessionId: id,
    staffId: row.staff_id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    authenticatedAt: row.authenticated_at,
  };
}

/** A passkey verification inside the session (re-authentication for an admin action). */
export async function markAuthenticated(tx: Tx, sessionId: string, now: number): Promise<boolean> {
  const rows = await tx
    .updateTable('staff_sessions')
    .set({ authenticated_at: now, last_seen_at: now })
    .where('id', '=', sessionId)
    .where('ended_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Sign-out: the session named by the cookie ends; answers its account when there was a live one. */
export async function endSession(tx: Tx, token: string, now: number): Promise<string | null> {
  const row = await tx
    .updateTable('staff_sessions')
    .set({ ended_at: now, ended_reason: 'signed-out' })
    .where('id', '=', hashToken(token))
    .where('ended_at', 'is', null)
    .returning('staff_id')
    .executeTakeFirst();
  return row?.staff_id ?? null;
}

/** Ends every open session of an account (it was disabled); answers how many were open. */
export async function endSessionsOf(tx: Tx, staffId: string, reason: string, now: number): Promise<number> {
  const rows = await tx
    .updateTable('staff_sessions')
    .set({ ended_at: now, ended_reason: reason })
    .where('staff_id', '=', staffId)
    .where('ended_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length;
}

/**
 * Support and tests: makes a session `minutes` older (its sign-in, last request and last passkey
 * check alike), to show re-authentication and the idle and absolute limits. Only ever shortens a
 * session's life; answers false when the cookie names no open session.
 */
export async function ageSession(tx: Tx, token: string, minutes: number): Promise<boolean> {
  const ms = minutes * 60_000;
  const rows = await tx
    .updateTable('staff_sessions')
    .set((eb) => ({
      created_at: eb('created_at', '-', ms),
      last_seen_at: eb('last_seen_at', '-', ms),
      authenticated_at: eb('authenticated_at', '-', ms),
    }))
    .where('id', '=', hashToken(token))
    .where('ended_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length > 0;
}
