import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { ApplicationState } from '@/lib/db/schema';

export type { ApplicationState };

/** Where a page of the queue starts: the received time and id of a row (keyset, newest first). */
export type ApplicationCursor = { at: number; id: string };
export const APPLICATION_PAGE_SIZE = 50;

const CURSOR_RE = /^(\d{1,15})\.([0-9a-f-]{36})$/;

export function cursorParam(c: ApplicationCursor): string {
  return `${c.at}.${c.id}`;
}

export function parseCursor(value: unknown): ApplicationCursor | undefined {
  const m = typeof value === 'string' ? CURSOR_RE.exec(value) : null;
  return m ? { at: Number(m[1]), id: m[2]! } : undefined;
}

export type QueueRow = {
  id: string;
  receipt: string;
  cardId: string;
  name: string;
  reason: string;
  createdAt: number;
  decidedAt: number | null;
};

/** Up to `n` rows of `state` strictly past `from` in `dir`, in that direction's order. */
async function slice(
  tx: Tx,
  state: ApplicationState,
  from: ApplicationCursor | undefined,
  dir: 'older' | 'newer',
  n: number,
): Promise<QueueRow[]> {
  const older = dir === 'older';
  const rows = await tx
    .selectFrom('applications')
    .select(['id', 'receipt', 'card_id', 'name', 'reason', 'created_at', 'decided_at'])
    .where('state', '=', state)
    .$if(from !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('created_at', older ? '<' : '>', from!.at),
          eb.and([eb('created_at', '=', from!.at), eb('id', older ? '<' : '>', from!.id)]),
        ]),
      ),
    )
    .orderBy('created_at', older ? 'desc' : 'asc')
    .orderBy('id', older ? 'desc' : 'asc')
    .limit(n)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    receipt: r.receipt,
    cardId: r.card_id,
    name: r.name,
    reason: r.reason,
    createdAt: Number(r.created_at),
    decidedAt: r.decided_at === null ? null : Number(r.decided_at),
  }));
}
export type QueuePage = { rows: QueueRow[]; older?: ApplicationCursor; newer?: ApplicationCursor | 'first' };

const cursorOf = (row: QueueRow): ApplicationCursor => ({ at: row.createdAt, id: row.id });

/**
 * One page of the console's queue for `state`, newest first, keyset-paged like the audit log:
 * `after` goes to older rows, `before` back to newer ones; `newer: 'first'` links to the first page.
 */
export async function applicationsPage(
  tx: Tx,
  state: ApplicationState,
  page: { after?: ApplicationCursor; before?: ApplicationCursor } = {},
  size = APPLICATION_PAGE_SIZE,
): Promise<QueuePage> {
  if (page.before) {
    const found = await slice(tx, state, page.before, 'newer', size + 1);
    const rows = found.slice(0, size).reverse();
    if (rows.length === 0) return { rows, newer: 'first' };
    return { rows, older: cursorOf(rows.at(-1)!), newer: found.length > size ? cursorOf(rows[0]!) : undefined };
  }
  const found = await slice(tx, state, page.after, 'older', size + 1);
  const rows = found.slice(0, size);
  const older = found.length > size ? cursorOf(rows.at(-1)!) : undefined;
  if (!page.after) return { rows, older };
  return { rows, older, newer: rows[0] ? cursorOf(rows[0]) : 'first' };
}

/** How many applications are waiting (the console's home and menu show it). */
export async function countApplications(tx: Tx, state: ApplicationState): Promise<number> {
  const row = await tx
    .selectFrom('applications')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('state', '=', state)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
