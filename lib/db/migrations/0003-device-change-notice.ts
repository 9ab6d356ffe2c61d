import type { Kysely, Migration } from 'kysely';

/**
 * Device change keeps its pending message on the row, as registration does (decision 0015): the
 * ラベル登録 refusal used to travel as `?invalid=1` in the address.
 */
export const deviceChangeNotice: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('device_changes').addColumn('notice', 'text').execute();
  },
};
