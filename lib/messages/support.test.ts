import { describe, expect, it } from 'vitest';
import { labels, t } from './index';
import { staffMessages, supportLabels } from './support';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const entries = Object.entries({ ...supportLabels, ...staffMessages });

describe('the support console’s texts', () => {
  it('has Japanese and English for every label and staff code, with the same placeholders', () => {
    for (const [key, text] of entries) {
      expect(text.ja.trim(), `${key}.ja`).not.toBe('');
      // A sign shared by both languages ('—' for "never") needs no words.
      if (text.en !== text.ja) expect(/[A-Za-z]{2,}/.test(text.en), `${key}.en has English words`).toBe(true);
      expect(placeholders(text.en), key).toEqual(placeholders(text.ja));
    }
  });

  it('is read through t() like every label', () => {
    for (const [key] of entries) expect(labels).toHaveProperty([key]);
    expect(t('ja', 'staff.enrolmentUsed')).toBe(staffMessages['staff.enrolmentUsed'].ja);
  });

  it('answers the two codes lib/authz refuses with', () => {
    expect(staffMessages).toHaveProperty(['staff.signin_required']);
    expect(staffMessages).toHaveProperty(['staff.forbidden']);
  });

  it('keeps the accessible names the tests and the manual use', () => {
    expect(supportLabels['support.enrol.submit'].ja).toBe('パスキーを登録');
    expect(supportLabels['support.login.submit'].ja).toBe('パスキーでサインイン');
    expect(supportLabels['support.signOut'].ja).toBe('サインアウト');
  });
});
