import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial';
import { signInAndDeviceChange } from './0002-sign-in-and-device-change';
import { deviceChangeNotice } from './0003-device-change-notice';
import { staff } from './0004-staff';
import { holderKanaKey } from './0005-holder-kana-key';
import { auditLogIndexes } from './0006-audit-log-indexes';
import { sandboxJourneys } from './0007-sandbox-journeys';
import { holderIcCertificate } from './0008-holder-ic-certificate';
import { reissueApplications } from './0009-reissue-applications';
import { applicationDrafts } from './0010-application-drafts';

/**
 * Migrations live in code, one file per migration, listed here by static import — not a folder
 * scanned at run time (Kysely's FileMigrationProvider) — so that the Next.js bundle, the operator
 * CLI and the tests all run the same list. Each is written once with the schema builder, portable
 * between SQLite and PostgreSQL.
 *
 * The keys are the names recorded in the `kysely_migration` table of every existing database:
 * never rename one. A new migration gets the next number, a file `NNNN-title.ts` and a key
 * `NNNN_title` here (Kysely runs them in key order).
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_sign_in_and_device_change': signInAndDeviceChange,
  '0003_device_change_notice': deviceChangeNotice,
  '0004_staff': staff,
  '0005_holder_kana_key': holderKanaKey,
  '0006_audit_log_indexes': auditLogIndexes,
  '0007_sandbox_journeys': sandboxJourneys,
  '0008_holder_ic_certificate': holderIcCertificate,
  '0009_reissue_applications': reissueApplications,
  '0010_application_drafts': applicationDrafts,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
