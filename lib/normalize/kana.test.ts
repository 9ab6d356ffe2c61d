import { describe, expect, it } from 'vitest';
import { kanaSearchKey } from './kana';

describe('kanaSearchKey', () => {
  it.each([
    ['ヤマダ ハナコ', 'ヤマダハナコ'],
    ['やまだ　はなこ', 'ヤマダハナコ'],
    ['ﾔﾏﾀﾞ ﾊﾅｺ', 'ヤマダハナコ'],
    ['ヤマダ・ハナコ', 'ヤマダハナコ'],
    ['イトー', 'イトー'],
    ['ヴァ', 'ヴァ'],
  ])('%s → %s', (input, key) => expect(kanaSearchKey(input)).toBe(key));

  it.each(['', '  ', '山田', 'yamada', '1234567890', 'ヤマダ1', 'ア'.repeat(101)])('%j is not a kana search', (input) =>
    expect(kanaSearchKey(input)).toBeNull(),
  );
});
