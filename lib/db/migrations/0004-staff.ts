import type { Kysely, Migration } from 'kysely';

/**
 * Staff accounts, their passkeys, enrolment links and sessions (product.md §8, issue 8 part 1;
 * docs/decisions/0017-staff-accounts-and-sessions.md). Tables of their own: a staff passkey is never
 * a row of the doctors' `credentials`, and a staff session is a server-side row so that it can be
 * ended (sign-out, disable) and checked for idleness on every request.
 */
export const staff: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('staff')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('disabled_at', 'bigint')
      .addColumn('disabled_by', 'text')
      .execute();

    await db.schema
      .createTable('staff_credentials')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('credential_id', 'text', (c) => c.notNull().unique())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('sign_count', 'bigint', (c) => c.notNull())
      .addColumn('sign_count_regressions', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('transports', 'text', (c) => c.notNull())
      .addColumn('aaguid', 'text', (c) => c.notNull())
      .addColumn('provider_name', 'text', (c) => c.notNull())
      .addColumn('backup_eligible', 'integer', (c) => c.notNull())
      .addColumn('backup_state', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_used_at', 'bigint')
      .execute();
    await db.schema.createIndex('staff_credentials_staff_idx').on('staff_credentials').column('staff_id').execute();

    await db.schema
      .createTable('staff_enrolments')
      // SHA-256 of the link's token: the database never holds a usable link.
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('used_at', 'bigint')
      .execute();
    await db.schema.createIndex('staff_enrolments_staff_idx').on('staff_enrolments').column('staff_id').execute();

    await db.schema
      .createTable('staff_sessions')
      // SHA-256 of the cookie token.
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('staff_id', 'text', (c) => c.notNull().references('staff.id'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      // The last passkey verification (sign-in or re-authentication): admin actions need it fresh.
      .addColumn('authenticated_at', 'bigint', (c) => c.notNull())
      .addColumn('ended_at', 'bigint')
      .addColumn('ended_reason', 'text')
      .execute();
    await db.schema.createIndex('staff_sessions_staff_idx').on('staff_sessions').column('staff_id').execute();
  },
};
