import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The console's audit log (issue 8 #6) pages by keyset — `(at, id) < (cursor)` newest first — and
 * filters by holder, event type or actor, so each filter gets an index that ends in `(at, id)`: the
 * database walks the index from the newest row and stops after one page, however long the log
 * grows. `(at, id)` and `(holder_id, at, id)` take over from the single-column indexes of 0001.
 *
 * The log hides support sandbox holders' events unless asked (the holder lookup's rule): a partial
 * index over the few sandbox holders keeps that `not in (…)` from scanning every holder.
 */
export const auditLogIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('audit_events_at_id_idx').on('audit_events').columns(['at', 'id']).execute();
    await db.schema
      .createIndex('audit_events_holder_at_idx')
      .on('audit_events')
      .columns(['holder_id', 'at', 'id'])
      .execute();
    await db.schema.createIndex('audit_events_type_at_idx').on('audit_events').columns(['type', 'at', 'id']).execute();
    await db.schema
      .createIndex('audit_events_actor_at_idx')
      .on('audit_events')
      .columns(['actor', 'at', 'id'])
      .execute();
    await db.schema.dropIndex('audit_events_at_idx').execute();
    await db.schema.dropIndex('audit_events_holder_idx').execute();
    await db.schema
      .createIndex('holders_sandbox_idx')
      .on('holders')
      .column('id')
      .where(sql.ref('sandbox'), '=', 1)
      .execute();
  },
};
