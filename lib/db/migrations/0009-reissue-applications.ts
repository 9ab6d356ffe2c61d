import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Re-issue applications (issue 9 #3, decision 0025): one row per application a doctor sends from
 * /reissue/apply, with the re-encoded card-face photo in the row itself (`photo`: bytea on
 * PostgreSQL, blob on SQLite) so that every instance serves it. `receipt` is the 受付番号 shown to
 * the doctor; `state` is new → approved | rejected. Owner: lib/applications.
 */
export const reissueApplications: Migration = {
  async up(db: Kysely<unknown>) {
    const bytes = db.getExecutor().adapter instanceof PostgresAdapter ? sql`bytea` : sql`blob`;
    await db.schema
      .createTable('applications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('receipt', 'text', (c) => c.notNull().unique())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('has_card', 'integer', (c) => c.notNull())
      .addColumn('card_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kana', 'text', (c) => c.notNull())
      .addColumn('birth_date', 'text', (c) => c.notNull())
      .addColumn('medical_registration_number', 'text', (c) => c.notNull())
      .addColumn('postal_code', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('photo', bytes, (c) => c.notNull())
      .addColumn('photo_width', 'integer', (c) => c.notNull())
      .addColumn('photo_height', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('decided_at', 'bigint')
      .addColumn('decided_by', 'text')
      .addColumn('rejection_reason', 'text')
      .addColumn('ticket_id', 'text')
      .execute();
    await db.schema.createIndex('applications_state_idx').on('applications').columns(['state', 'created_at']).execute();
    await db.schema.createIndex('applications_card_idx').on('applications').columns(['card_id', 'state']).execute();
  },
};
