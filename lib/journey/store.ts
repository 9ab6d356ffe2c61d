import 'server-only';
import type { Insertable, Kysely, Selectable } from 'kysely';
import { getDb, type Tx } from '@/lib/db/client';
import { compiledOnce, compiledPerShape } from '@/lib/db/compiled';
import type { Database } from '@/lib/db/schema';
import { hashToken, newToken } from '@/lib/security/secrets';
import type { Notice } from './notice';

/**
 * The row store every journey shares (decision 0015): a journey's state is one row keyed by the
 * SHA-256 of the random token in its cookie (the token itself is never stored), and it moves only
 * by a *guarded* update — `WHERE id = ? AND step = <the step it was read at>` — so two tabs or a
 * double tap cannot both advance it. The table is the journey's; these are its common columns.
 */
export type JourneyTable = 'flows' | 'device_changes' | 'application_drafts';
export type JourneyRow<T extends JourneyTable> = Selectable<Database[T]> & CommonRow;

/** The journey's own columns: everything but the ones the store keeps. */
type OwnColumns<T extends JourneyTable> = Omit<
  Insertable<Database[T]>,
  'id' | 'step' | 'notice' | 'created_at' | 'updated_at'
>;
export type JourneyColumns<T extends JourneyTable> = Partial<OwnColumns<T>>;

/** What a guarded advance may change: the step, the notice and the journey's own columns. */
export type JourneyChange<T extends JourneyTable, S extends string> = {
  step?: S;
  notice?: Notice | null;
  set?: JourneyColumns<T>;
};

/** The columns every journey table has. */
type CommonRow = { id: string; step: string; notice: string | null; created_at: number; updated_at: number };
/**
 * The one place that queries a journey table without knowing which: Kysely sees it as table `j`
 * with the common columns; the SQL names the real table (`as` below).
 */
const common = (db: Tx) => db as unknown as Kysely<{ j: CommonRow }>;

export type JourneyStore<T extends JourneyTable, S extends string> = {
  table: T;
  load(token: string | undefined): Promise<JourneyRow<T> | undefined>;
  /** The row with this id, read in the caller's transaction (a row it has just created). */
  find(tx: Tx, id: string): Promise<JourneyRow<T> | undefined>;
  create(
    tx: Tx,
    step: S,
    set?: JourneyColumns<T>,
    options?: { notice?: Notice | null; now?: number },
  ): Promise<{ token: string; id: string }>;
  /** Applies `change` only if the row is still at `from`; false when another request moved it. */
  advance(tx: Tx, id: string, from: S, change: JourneyChange<T, S>, now?: number): Promise<boolean>;
  /** Removes the row if it is still at `from`. */
  remove(tx: Tx, id: string, from: S): Promise<boolean>;
};

export function journeyStore<T extends JourneyTable, S extends string>(table: T): JourneyStore<T, S> {
  // Every request of a journey reads its row: compiled once (lib/db/compiled.ts).
  const byId = compiledOnce((db: Tx, id: string) =>
    common(db)
      .selectFrom(table as unknown as 'j')
      .selectAll()
      .where('id', '=', id),
  );
  // Every step of every journey advances its row: compiled once per set of columns.
  const advanceSetting = compiledPerShape(
    (columns: string) =>
      (db: Tx, id: string, from: string, ...values: unknown[]) => {
        const names = columns.split(',');
        return common(db)
          .updateTable(table as unknown as 'j')
          .set(Object.fromEntries(names.map((c, i) => [c, values[i]])))
          .where('id', '=', id)
          .where('step', '=', from);
      },
  );
  return {
    table,
    async load(token) {
      if (!token || token.length > 100) return undefined;
      const { db } = await getDb();
      const { rows } = await byId(db, hashToken(token));
      return rows[0] as JourneyRow<T> | undefined;
    },
    async find(tx, id) {
      const row = await common(tx)
        .selectFrom(table as unknown as 'j')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row as JourneyRow<T> | undefined;
    },
    async create(tx, step, set = {}, { notice = null, now = Date.now() } = {}) {
      const token = newToken();
      const id = hashToken(token);
      await common(tx)
        .insertInto(table as unknown as 'j')
        .values({
          ...(set as Partial<CommonRow>),
          id,
          step,
          notice: notice ? JSON.stringify(notice) : null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return { token, id };
    },
    async advance(tx, id, from, { step, notice, set = {} }, now = Date.now()) {
      const values: Record<string, unknown> = {
        ...(set as Partial<CommonRow>),
        updated_at: now,
        ...(step !== undefined && { step }),
        ...(notice !== undefined && { notice: notice ? JSON.stringify(notice) : null }),
      };
      // As Kysely's `set` would, a column given as undefined is left as it is.
      const columns = Object.keys(values).filter((c) => values[c] !== undefined);
      const result = await advanceSetting(columns.join(','))(tx, id, from, ...columns.map((c) => values[c]));
      return Number(result.numAffectedRows) === 1;
    },
    async remove(tx, id, from) {
      const result = await common(tx)
        .deleteFrom(table as unknown as 'j')
        .where('id', '=', id)
        .where('step', '=', from)
        .executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },
  };
}
