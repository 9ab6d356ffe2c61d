import type { ErrorEntry } from './types';

/** Password (パスワード入力): the `password.*` codes. */
export const passwordErrors = {
  'password.format': {
    where: { ja: 'パスワード入力', en: 'Password' },
    text: {
      ja: '生年月日を西暦8桁（例：19800401）で入力してください。',
      en: 'Please enter your date of birth as 8 digits (year, month, day), for example 19800401.',
    },
    detail: [
      {
        ja: 'この入力は、間違えた回数には数えません。',
        en: 'This does not count as a wrong attempt.',
      },
    ],
    causes: [
      {
        cause: {
          ja: '入力が日付になっていません（桁数が足りない、存在しない日付など）。',
          en: 'The input is not a date (too few digits, a date that does not exist, and so on).',
        },
        remedy: {
          ja: '西暦の年4桁・月2桁・日2桁で入力し直してください。「1980/04/01」や「1980年4月1日」の形でも入力できます。',
          en: 'Type the year (4 digits), month (2 digits) and day (2 digits) again. "1980/04/01" and "1980年4月1日" are accepted too.',
        },
      },
    ],
    reproduce: {
      ja: 'パスワード入力画面で「1980」と入力して【OK】を押す。',
      en: 'On the password screen, enter "1980" and press 【OK】.',
    },
  },

  'password.wrong': {
    reissue: true,
    where: { ja: 'パスワード入力', en: 'Password' },
    text: {
      ja: 'パスワードが正しくありません。あと{n}回間違えると、この QR コードは使用できなくなります。',
      en: 'The password is incorrect. Attempts left before this QR code is locked: {n}.',
    },
    exampleParams: { n: 'N' },
    detail: [
      {
        ja: '初期登録用のパスワードは、ご本人の生年月日（西暦8桁）です。',
        en: 'The registration password is your date of birth (8 digits, Western calendar).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '入力した生年月日が、登録されている生年月日と一致しません。',
          en: 'The date of birth entered does not match the one on record.',
        },
        remedy: {
          ja: 'ご自身の生年月日を西暦（和暦ではありません）で確認して、もう一度入力してください。使用できなくなった場合は、QRコードの再発行が必要です（よくあるご質問 Q5）。',
          en: 'Check your date of birth in the Western calendar (not the Japanese era calendar) and enter it again. If the QR code becomes locked, it has to be reissued (FAQ Q5).',
        },
      },
    ],
    reproduce: {
      ja: 'パスワード入力画面で、誤った実在の日付（例：19000101）を入力して【OK】を押す。',
      en: 'On the password screen, enter a real but wrong date (e.g. 19000101) and press 【OK】.',
    },
  },
} as const satisfies Record<`password.${string}`, ErrorEntry>;
