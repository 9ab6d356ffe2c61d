import type { ErrorEntry } from './types';

/** Login (本人ID): the `login.*` codes. */
export const loginErrors = {
  'login.personIdMismatch': {
    where: { ja: 'ログイン（本人ID）', en: 'Login (personal ID)' },
    text: {
      ja: '本人IDが正しくありません。',
      en: 'The personal ID (本人ID) is not correct.',
    },
    detail: [
      {
        ja: '紙カード「初期登録用QRコード」に記載された「本人ID」を入力して、【ログイン】をタップしてください。',
        en: 'Enter the personal ID (本人ID) printed on the initial-registration QR code card, then tap 【ログイン】.',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'Username 欄に自動で入力された本人IDが書き換えられています。',
          en: 'The personal ID filled in automatically in the Username field was changed.',
        },
        remedy: {
          ja: '紙カードに記載された本人ID（10桁）を入力し直してください。',
          en: 'Enter the 10-digit personal ID printed on the card again.',
        },
      },
    ],
    reproduce: {
      ja: 'ログイン画面で、自動で入力された Username（本人ID）を別の値に書き換えて【ログイン】を押す。',
      en: 'On the login screen, change the pre-filled Username (本人ID) to another value and press 【ログイン】.',
    },
  },
} as const satisfies Record<`login.${string}`, ErrorEntry>;
