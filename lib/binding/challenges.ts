import 'server-only';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { getDb, withTransaction, type Engine, type Tx } from '@/lib/db/client';
import { compiledOnce } from '@/lib/db/compiled';

export const CHALLENGE_TTL_MS = 5 * 60_000;
export type ChallengePurpose =
  | 'register'
  | 'signin'
  | 'login'
  | 'device-signin'
  | 'device-register'
  // Staff passkeys (lib/auth/staff-passkeys.ts): enrolment, sign-in, re-authentication.
  | 'staff-enrol'
  | 'staff-signin'
  | 'staff-reauth';

/** Keeps one live challenge per flow and purpose (a newer one replaces the older). */
/** `ownerId` is the flow, login attempt or device change the challenge belongs to. */
export async function storeChallenge(flowId: string, purpose: ChallengePurpose, challenge: string, now = Date.now()) {
  await withTransaction((tx, engine) => putChallenge(tx, engine, flowId, purpose, challenge, now));
}

/** `storeChallenge` inside the caller's transaction (one transaction per request, decision 0029). */
export async function putChallenge(
  tx: Tx,
  engine: Engine,
  flowId: string,
  purpose: ChallengePurpose,
  challenge: string,
  now = Date.now(),
) {
  // PostgreSQL: concurrent stores for one owner would each miss the other's uncommitted row and
  // leave several live challenges (takeChallenge then returns any one); queue them instead.
  if (engine === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtext(${flowId}), hashtext(${purpose}))`.execute(tx);
  await dropLive(tx, flowId, purpose);
  await insertChallenge(tx, randomUUID(), flowId, purpose, challenge, now, now + CHALLENGE_TTL_MS);
}

const dropLive = compiledOnce((tx: Tx, flowId: string, purpose: ChallengePurpose) =>
  tx.deleteFrom('challenges').where('flow_id', '=', flowId).where('purpose', '=', purpose),
);
const insertChallenge = compiledOnce(
  (tx: Tx, id: string, flowId: string, purpose: ChallengePurpose, challenge: string, at: number, expires: number) =>
    tx
      .insertInto('challenges')
      .values({ id, flow_id: flowId, purpose, challenge, created_at: at, expires_at: expires }),
);

/**
 * Takes the challenge out before anything is verified: one atomic DELETE … RETURNING, so a
 * replayed or concurrent second response finds nothing (single use, spec §3). For sign-ins, which
 * store nothing new; a new credential uses `liveChallenge` and `consumeChallenge` instead.
 */
export async function takeChallenge(
  flowId: string,
  purpose: ChallengePurpose,
  now = Date.now(),
): Promise<string | null> {
  const { db } = await getDb();
  const rows = await db
    .deleteFrom('challenges')
    .where('flow_id', '=', flowId)
    .where('purpose', '=', purpose)
    .returning(['challenge', 'expires_at'])
    .execute();
  const live = rows.find((r) => r.expires_at > now);
  return live?.challenge ?? null;
}

/** A challenge a response was verified against, to be consumed where the result is stored. */
export type ChallengeClaim = { ownerId: string; purpose: ChallengePurpose; challenge: string };

/** The live challenge, left in place: a crash before `consumeChallenge` commits loses nothing. */
export async function liveChallenge(
  ownerId: string,
  purpose: ChallengePurpose,
  now = Date.now(),
  tx?: Tx,
): Promise<ChallengeClaim | null> {
  const db = tx ?? (await getDb()).db;
  const [row] = (await live(db, ownerId, purpose, now)).rows;
  return row ? { ownerId, purpose, challenge: row.challenge } : null;
}

const live = compiledOnce((db: Tx, ownerId: string, purpose: ChallengePurpose, now: number) =>
  db
    .selectFrom('challenges')
    .select('challenge')
    .where('flow_id', '=', ownerId)
    .where('purpose', '=', purpose)
    .where('expires_at', '>', now),
);

/**
 * Deletes the claimed challenge inside the transaction that stores what it was verified for. True
 * for exactly one of several concurrent claims (the DELETE locks the row; the others find it gone).
 */
export async function consumeChallenge(tx: Tx, claim: ChallengeClaim, now = Date.now()): Promise<boolean> {
  const { rows } = await consume(tx, claim.ownerId, claim.purpose, claim.challenge, now);
  return rows.length > 0;
}

const consume = compiledOnce((tx: Tx, ownerId: string, purpose: ChallengePurpose, challenge: string, now: number) =>
  tx
    .deleteFrom('challenges')
    .where('flow_id', '=', ownerId)
    .where('purpose', '=', purpose)
    .where('challenge', '=', challenge)
    .where('expires_at', '>', now)
    .returning('id'),
);
