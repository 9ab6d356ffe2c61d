import 'server-only';
import { getDb, type Db } from '@/lib/db/client';
import { resolveHolderRef, sandboxHolderIds } from '@/lib/holders';
import { AUDIT_PAGE_SIZE, type AuditCursor, type AuditFilter } from './filter';

/**
 * The console's audit log queries (issue 8 #6): one filtered, keyset-paged read of
 * `audit_events`, newest first, for the page and for the CSV export alike. Keyset — `(at, id)`
 * past the cursor, never OFFSET — so page 1000 costs what page 1 does; every filter has an index
 * ending in `(at, id)` (migration 0006).
 */

export type AuditRow = {
  id: string;
  at: number;
  type: string;
  outcome: string;
  holderId: string | null;
  ticketId: string | null;
  credentialId: string | null;
  actor: string;
  ip: string | null;
  detail: Record<string, unknown>;
};

/** The filter with its holder resolved to a row id. */
export type ResolvedAuditFilter = Omit<AuditFilter, 'holder'> & { holderId?: string };

/**
 * Resolves the holder a staff member typed (row id, 本人ID, カードID or 医籍登録番号); a holder
 * that does not exist is an answer (`holderUnknown`: the log shows nothing), not an error.
 */
export async function resolveAuditFilter(
  filter: AuditFilter,
): Promise<{ ok: true; filter: ResolvedAuditFilter } | { ok: false; reason: 'holderUnknown' }> {
  const { holder, ...rest } = filter;
  if (!holder) return { ok: true, filter: rest };
  const holderId = await resolveHolderRef(holder);
  return holderId ? { ok: true, filter: { ...rest, holderId } } : { ok: false, reason: 'holderUnknown' };
}

function filtered(db: Db, f: ResolvedAuditFilter) {
  return db
    .selectFrom('audit_events')
    .select(['id', 'at', 'type', 'outcome', 'holder_id', 'ticket_id', 'credential_id', 'actor', 'ip', 'detail'])
    .$if(f.from !== undefined, (q) => q.where('at', '>=', f.from!))
    .$if(f.to !== undefined, (q) => q.where('at', '<', f.to!))
    .$if(!!f.holderId, (q) => q.where('holder_id', '=', f.holderId!))
    .$if(!!f.type, (q) => q.where('type', '=', f.type!))
    .$if(!!f.outcome, (q) => q.where('outcome', '=', f.outcome!))
    .$if(!!f.actor && 'exact' in f.actor, (q) => q.where('actor', '=', (f.actor as { exact: string }).exact))
    .$if(!!f.actor && 'prefix' in f.actor, (q) => {
      // A prefix as an index range ('staff:' ≤ actor < 'staff;'), not LIKE: portable and indexed.
      const prefix = (f.actor as { prefix: string }).prefix;
      return q.where('actor', '>=', prefix).where('actor', '<', `${prefix.slice(0, -1)};`);
    })
    .$if(!f.sandbox, (q) =>
      q.where((eb) => eb.or([eb('holder_id', 'is', null), eb('holder_id', 'not in', sandboxHolderIds(db))])),
    );
}

type Direction = 'older' | 'newer';

/** Up to `limit` rows strictly past `cursor` in `direction`, in that direction's order. */
async function slice(f: ResolvedAuditFilter, cursor: AuditCursor | undefined, direction: Direction, limit: number) {
  const { db } = await getDb();
  const older = direction === 'older';
  const rows = await filtered(db, f)
    .$if(!!cursor, (q) =>
      q.where((eb) =>
        eb.or([
          eb('at', older ? '<' : '>', cursor!.at),
          eb.and([eb('at', '=', cursor!.at), eb('id', older ? '<' : '>', cursor!.id)]),
        ]),
      ),
    )
    .orderBy('at', older ? 'desc' : 'asc')
    .orderBy('id', older ? 'desc' : 'asc')
    .limit(limit)
    .execute();
  return rows.map((r): AuditRow => ({
    id: r.id,
    at: Number(r.at),
    type: r.type,
    outcome: r.outcome,
    holderId: r.holder_id,
    ticketId: r.ticket_id,
    credentialId: r.credential_id,
    actor: r.actor,
    ip: r.ip,
    detail: parseDetail(r.detail),
  }));
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export type AuditPage = {
  rows: AuditRow[];
  /** The cursor for 次へ (older events), when there are any. */
  older?: AuditCursor;
  /** The cursor for 前へ (newer events); `'first'` when the way back is the unpaged list. */
  newer?: AuditCursor | 'first';
};

/**
 * One page of the log, newest first: the first page, the page after `after` (older) or the page
 * before `before` (newer). One row more than the page is read to know whether another page exists.
 */
export async function auditPage(
  f: ResolvedAuditFilter,
  page: { after?: AuditCursor; before?: AuditCursor } = {},
  size = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  if (page.before) {
    const found = await slice(f, page.before, 'newer', size + 1);
    const rows = found.slice(0, size).reverse();
    if (rows.length === 0) return { rows, newer: 'first' };
    return { rows, older: rows.at(-1)!, newer: found.length > size ? rows[0]! : undefined };
  }
  const found = await slice(f, page.after, 'older', size + 1);
  const rows = found.slice(0, size);
  const older = found.length > size ? rows.at(-1) : undefined;
  if (!page.after) return { rows, older };
  return { rows, older, newer: rows[0] ?? 'first' };
}

/** Every matching row, newest first, `size` at a time (the CSV export streams these). */
export async function* auditBatches(f: ResolvedAuditFilter, size = 500): AsyncGenerator<AuditRow[]> {
  let cursor: AuditCursor | undefined;
  for (;;) {
    const rows = await slice(f, cursor, 'older', size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    cursor = rows.at(-1)!;
  }
}
