import 'server-only';
import { getDb } from '@/lib/db/client';

/** A holder's most recent audit events, newest first (the console's holder page; indexed by holder). */
export async function recentEventsOf(holderId: string, limit = 50) {
  const { db } = await getDb();
  const rows = await db
    .selectFrom('audit_events')
    .select(['id', 'at', 'type', 'outcome', 'actor', 'ticket_id', 'credential_id', 'detail'])
    .where('holder_id', '=', holderId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows;
}

/** Who issued each of these tickets (the actor of its `ticket.issued` event). */
export async function ticketIssuers(holderId: string): Promise<Map<string, string>> {
  const { db } = await getDb();
  const rows = await db
    .selectFrom('audit_events')
    .select(['ticket_id', 'actor'])
    .where('holder_id', '=', holderId)
    .where('type', '=', 'ticket.issued')
    .execute();
  return new Map(rows.filter((r) => r.ticket_id !== null).map((r) => [r.ticket_id!, r.actor]));
}
