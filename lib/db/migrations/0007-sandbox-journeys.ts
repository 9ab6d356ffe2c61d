import type { Kysely, Migration } from 'kysely';

/**
 * 再現する (issue 8 #5): a journey row set up by the support console for a sandbox holder says so
 * (`sandbox`, for the 「サポート再現モード」 banner) and may carry the ceremony outcome the server
 * simulates for that row only (`sandbox_outcome`, an error code; null for real rows). Numbered 0007:
 * 0006 is the audit log's.
 */
export const sandboxJourneys: Migration = {
  async up(db: Kysely<unknown>) {
    for (const table of ['flows', 'device_changes']) {
      await db.schema
        .alterTable(table)
        .addColumn('sandbox', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable(table).addColumn('sandbox_outcome', 'text').execute();
    }
  },
};
