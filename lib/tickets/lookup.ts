import 'server-only';
import { getDb, type Tx } from '@/lib/db/client';
import { compiledOnce } from '@/lib/db/compiled';
import type { Ticket } from '@/lib/db/schema';
import { hashRegistrationCode } from '@/lib/security/secrets';
import { effectiveState } from './state';

export type LookupResult =
  | { ok: true; ticket: Ticket }
  | { ok: false; code: 'qr.unknown' | 'qr.expired' | 'qr.locked' | 'qr.superseded'; ticket?: Ticket };

/** Finds the ticket behind a normalised registration code and says whether it may open the flow. */
export async function lookupTicket(code: string, now = Date.now()): Promise<LookupResult> {
  const { db } = await getDb();
  const ticket = await db
    .selectFrom('tickets')
    .selectAll()
    .where('code_hash', '=', hashRegistrationCode(code))
    .executeTakeFirst();
  if (!ticket) return { ok: false, code: 'qr.unknown' };
  return checkTicket(ticket, now);
}

export async function getTicket(ticketId: string, tx?: Tx): Promise<Ticket | undefined> {
  const db = tx ?? (await getDb()).db;
  return (await ticketById(db, ticketId)).rows[0];
}

const ticketById = compiledOnce((db: Tx, ticketId: string) =>
  db.selectFrom('tickets').selectAll().where('id', '=', ticketId),
);

export function checkTicket(ticket: Ticket, now = Date.now()): LookupResult {
  switch (effectiveState(ticket, now)) {
    case 'active':
    case 'used':
      return { ok: true, ticket };
    case 'expired':
      return { ok: false, code: 'qr.expired', ticket };
    case 'locked':
      return { ok: false, code: 'qr.locked', ticket };
    case 'superseded':
      return { ok: false, code: 'qr.superseded', ticket };
  }
}
