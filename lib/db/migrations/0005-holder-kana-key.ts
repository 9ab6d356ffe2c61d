import type { Kysely, Migration } from 'kysely';
import { kanaSearchKey } from '@/lib/normalize/kana';

/**
 * The support console's フリガナ search (issue 8 #2) must not scan the holders: a search key
 * (lib/normalize/kana.ts) with its own index, searched as a prefix range. Existing holders get
 * their key here; new ones when they are added (lib/operator/holders.ts).
 */
export const holderKanaKey: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('holders').addColumn('kana_key', 'text').execute();
    const typed = db as unknown as Kysely<{ holders: { id: string; kana: string; kana_key: string | null } }>;
    for (;;) {
      const rows = await typed
        .selectFrom('holders')
        .select(['id', 'kana'])
        .where('kana_key', 'is', null)
        .limit(1000)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows)
        await typed
          .updateTable('holders')
          .set({ kana_key: kanaSearchKey(row.kana) ?? '' })
          .where('id', '=', row.id)
          .execute();
    }
    await db.schema.createIndex('holders_kana_key_idx').on('holders').column('kana_key').execute();
  },
};
