import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * The re-issue application's journey rows (issue 9 #3, decision 0025): `application_drafts`, one
 * row per browser applying at /reissue/apply, keyed like every journey row by the hash of its
 * cookie token. Between 【確認画面へ】 and 【申請する】 it holds what the doctor entered (`form`,
 * JSON) and the checked, re-encoded card-face photo (`photo`: bytea on PostgreSQL, blob on SQLite)
 * so that any instance can show the confirmation and store the application; after 【申請する】 it
 * keeps the 受付番号 (`receipt`) and whether it was the same application sent again (`duplicate`). Purged a day after its last use. Owner: lib/journey.
 */
export const applicationDrafts: Migration = {
  async up(db: Kysely<unknown>) {
    const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;
    await db.schema
      .createTable('application_drafts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('notice', 'text')
      .addColumn('form', 'text')
      .addColumn('photo', bytes)
      .addColumn('photo_width', 'integer')
      .addColumn('photo_height', 'integer')
      .addColumn('application_id', 'text')
      .addColumn('receipt', 'text')
      .addColumn('duplicate', 'integer')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('application_drafts_updated_idx')
      .on('application_drafts')
      .column('updated_at')
      .execute();
  },
};
