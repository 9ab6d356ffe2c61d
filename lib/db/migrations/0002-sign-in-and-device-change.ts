import type { Kysely, Migration } from 'kysely';

/** ログイン (next-auth hand-off) and device change (spec §5, §6). */
export const signInAndDeviceChange: Migration = {
  async up(db: Kysely<unknown>) {
    // A server-verified passkey sign-in, handed to next-auth's Credentials provider once.
    await db.schema
      .createTable('sign_in_results')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('holder_id', 'text', (c) => c.notNull().references('holders.id'))
      .addColumn('credential_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('used_at', 'bigint')
      .execute();

    await db.schema
      .createTable('device_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('holder_id', 'text', (c) => c.references('holders.id'))
      .addColumn('old_credential_id', 'text')
      .addColumn('new_credential_id', 'text')
      .addColumn('authenticated_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
