import type { Kysely, Migration } from 'kysely';

/**
 * Re-issue with the IC card (issue 9 #2, decision 0022): the association the issuing system keeps
 * between a holder and the certificate on their 医師資格証 — its serial (upper-case hex, no leading
 * zeros) and, when known, its issuer DN. One certificate maps to at most one holder.
 */
export const holderIcCertificate: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('holders').addColumn('ic_cert_serial', 'text').execute();
    await db.schema.alterTable('holders').addColumn('ic_cert_issuer', 'text').execute();
    await db.schema.createIndex('holders_ic_cert_serial_idx').on('holders').column('ic_cert_serial').execute();
  },
};
