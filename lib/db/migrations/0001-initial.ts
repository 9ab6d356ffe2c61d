import { type Kysely, type Migration, sql } from 'kysely';

/** Holders, tickets, credentials, flows, challenges, rate limits and the audit log. */
export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('holders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().unique())
      .addColumn('card_id', 'text', (c) => c.notNull().unique())
      .addColumn('medical_registration_number', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kana', 'text', (c) => c.notNull())
      .addColumn('birth_date_hash', 'text', (c) => c.notNull())
      .addColumn('certificate_not_before', 'bigint', (c) => c.notNull())
      .addColumn('certificate_not_after', 'bigint', (c) => c.notNull())
      .addColumn('sandbox', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('tickets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('holder_id', 'text', (c) => c.notNull().references('holders.id'))
      .addColumn('code_hash', 'text', (c) => c.notNull().unique())
      .addColumn('state', 'text', (c) =>
        c.notNull().check(sql`state in ('active', 'used', 'locked', 'expired', 'superseded')`),
      )
      .addColumn('failed_attempts', 'integer', (c) =>
        c
          .notNull()
          .defaultTo(0)
          .check(sql`failed_attempts >= 0 and failed_attempts <= 5`),
      )
      .addColumn('replaces_device', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('issued_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('used_at', 'bigint')
      .addColumn('locked_at', 'bigint')
      .addColumn('superseded_at', 'bigint')
      .execute();
    await db.schema.createIndex('tickets_holder_idx').on('tickets').column('holder_id').execute();

    await db.schema
      .createTable('credentials')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('holder_id', 'text', (c) => c.notNull().references('holders.id'))
      .addColumn('credential_id', 'text', (c) => c.notNull().unique())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('sign_count', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('sign_count_regressions', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('transports', 'text', (c) => c.notNull())
      .addColumn('aaguid', 'text', (c) => c.notNull())
      .addColumn('provider_name', 'text', (c) => c.notNull())
      .addColumn('device_type', 'text', (c) => c.notNull())
      .addColumn('backup_eligible', 'integer', (c) => c.notNull())
      .addColumn('backup_state', 'integer', (c) => c.notNull())
      .addColumn('uv_initialized', 'integer', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_used_at', 'bigint')
      .addColumn('revoked_at', 'bigint')
      .addColumn('revoked_reason', 'text')
      .addColumn('revoked_by', 'text')
      .execute();
    // One device per certificate (spec §4): enforced by the database, not only by the UI.
    await db.schema
      .createIndex('credentials_one_active_per_holder')
      .on('credentials')
      .column('holder_id')
      .unique()
      .where(sql.ref('revoked_at'), 'is', null)
      .execute();

    await db.schema
      .createTable('flows')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('ticket_id', 'text', (c) => c.references('tickets.id'))
      .addColumn('holder_id', 'text', (c) => c.references('holders.id'))
      .addColumn('credential_id', 'text')
      .addColumn('terms_version', 'text')
      .addColumn('terms_agreed_at', 'bigint')
      .addColumn('notice', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('challenges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('flow_id', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('challenge', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('challenges_flow_idx').on('challenges').columns(['flow_id', 'purpose']).execute();

    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'bigint', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('audit_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('holder_id', 'text')
      .addColumn('ticket_id', 'text')
      .addColumn('credential_id', 'text')
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('detail', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_events_at_idx').on('audit_events').column('at').execute();
    await db.schema.createIndex('audit_events_holder_idx').on('audit_events').column('holder_id').execute();
  },
};
