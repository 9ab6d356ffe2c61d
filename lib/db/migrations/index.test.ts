import { describe, expect, it } from 'vitest';
import { migrations } from './index';

describe('migrations', () => {
  it('keep the names existing databases recorded in kysely_migration, in order', () => {
    expect(Object.keys(migrations)).toEqual([
      '0001_initial',
      '0002_sign_in_and_device_change',
      '0003_device_change_notice',
      '0004_staff',
      '0005_holder_kana_key',
      '0006_audit_log_indexes',
      '0007_sandbox_journeys',
      '0008_holder_ic_certificate',
      '0009_reissue_applications',
      '0010_application_drafts',
    ]);
  });
});
