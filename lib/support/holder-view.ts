import 'server-only';
import { recentEventsOf, ticketIssuers } from '@/lib/audit/holder-events';
import { credentialsOf } from '@/lib/credentials';
import { findHolderById } from '@/lib/holders';
import { ticketsOf } from '@/lib/tickets/list';

/**
 * Everything the console's holder page shows (issue 8 #2), each part from its table's owner:
 * the holder, its tickets with who issued them, its devices and its last 50 audit events. Never a
 * hash, a registration code or a key. Undefined for an id that is not a holder.
 */
export async function holderView(id: string, now = Date.now()) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const holder = await findHolderById(id);
  if (!holder) return undefined;
  const [tickets, issuers, credentials, events] = await Promise.all([
    ticketsOf(holder.id, now),
    ticketIssuers(holder.id),
    credentialsOf(holder.id),
    recentEventsOf(holder.id, 50),
  ]);
  return {
    holder,
    tickets: tickets.map((t) => ({ ...t, issuedBy: issuers.get(t.id) ?? null })),
    credentials,
    events,
  };
}
