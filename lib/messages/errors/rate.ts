import type { ErrorEntry } from './types';

/** Rate limiting (anywhere): the `rate.*` codes. */
export const rateErrors = {
  'rate.limited': {
    where: { ja: 'すべての画面', en: 'Anywhere' },
    text: {
      ja: 'この接続から短い時間に多くの操作があったため、しばらく受け付けを止めています。',
      en: 'Too many attempts came from this connection in a short time, so they are paused for a while.',
    },
    detail: [
      {
        ja: '10分ほど待ってから、もう一度お試しください。',
        en: 'Please wait about 10 minutes, then try again.',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'この接続（同じ IP アドレス）から、10分の間に決まった回数を超える操作がありました。病院の Wi-Fi など、ほかの方と同じ接続を使っている場合は、その方の操作も数えられます。',
          en: 'More attempts than allowed came from this connection (the same IP address) within 10 minutes. On a shared connection such as hospital Wi-Fi, other people’s attempts count too.',
        },
        remedy: {
          ja: '10分ほど待ってから、もう一度お試しください。',
          en: 'Wait about 10 minutes, then try again.',
        },
      },
      {
        cause: {
          ja: '同じ QR コード、または同じ方の機種変更について、1時間の間に決まった回数を超える操作がありました。',
          en: 'More attempts than allowed were made for the same QR code, or for the same doctor’s device change, within an hour.',
        },
        remedy: {
          ja: '1時間ほど待ってから、もう一度お試しください。',
          en: 'Wait about an hour, then try again.',
        },
      },
    ],
    reproduce: {
      ja: '同じ IP アドレスから、または同じ QR コードに対して、制限回数を超えてリクエストを送る（例：登録コードの入力を短時間に繰り返す）。',
      en: 'Send more requests than the limit from the same IP address or for the same ticket (e.g. submit registration codes repeatedly in a short time).',
    },
  },
} as const satisfies Record<`rate.${string}`, ErrorEntry>;
