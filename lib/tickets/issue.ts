import 'server-only';
import { randomUUID } from 'node:crypto';
import { lockHolder, type Engine, type Tx } from '@/lib/db/client';
import { generateRegistrationCode } from '@/lib/normalize/registration-code-generate';
import { audit, type AuditActor } from '@/lib/audit';
import { hashRegistrationCode } from '@/lib/security/secrets';
import { endOpenTickets } from './end';

export const DEFAULT_TTL_DAYS = 90;

export type IssuedTicket = { ticketId: string; code: string; expiresAt: number };

/**
 * Issues a new registration ticket and supersedes the holder's older open ones in the same
 * transaction (spec §2: a newer card makes the older ones useless). Call it inside
 * `withTransaction` with its engine: the holder row is locked first so that concurrent issues for
 * one holder (on PostgreSQL) cannot each miss the other's new ticket and leave two open.
 */
export async function issueTicket(
  tx: Tx,
  engine: Engine,
  input: {
    holderId: string;
    ttlDays?: number;
    replacesDevice?: boolean;
    actor: AuditActor;
    /** Why staff issued it (the support console asks); none from the CLI and the batch. */
    reason?: string;
    now?: number;
  },
): Promise<IssuedTicket> {
  const now = input.now ?? Date.now();
  const ttlDays = input.ttlDays ?? DEFAULT_TTL_DAYS;
  await lockHolder(tx, engine, input.holderId);
  const superseded = await endOpenTickets(tx, input.holderId, 'superseded', now);
  const code = generateRegistrationCode();
  const ticketId = randomUUID();
  const expiresAt = now + ttlDays * 24 * 60 * 60 * 1000;
  await tx
    .insertInto('tickets')
    .values({
      id: ticketId,
      holder_id: input.holderId,
      code_hash: hashRegistrationCode(code),
      state: 'active',
      failed_attempts: 0,
      replaces_device: input.replacesDevice ? 1 : 0,
      issued_at: now,
      expires_at: expiresAt,
      used_at: null,
      locked_at: null,
      superseded_at: null,
    })
    .execute();
  await audit(
    tx,
    {
      type: 'ticket.issued',
      outcome: 'ok',
      holderId: input.holderId,
      ticketId,
      actor: input.actor,
      detail: {
        ttlDays,
        replacesDevice: Boolean(input.replacesDevice),
        superseded: superseded.length,
        ...(input.reason !== undefined && { reason: input.reason }),
      },
    },
    now,
  );
  return { ticketId, code, expiresAt };
}
