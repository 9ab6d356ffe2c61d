import type { ErrorEntry } from './types';

/** Rejected requests (anywhere, when submitting): the `request.*` codes. */
export const requestErrors = {
  'request.invalid': {
    where: { ja: 'すべての画面（送信時）', en: 'Anywhere (when submitting)' },
    text: {
      ja: '入力内容を確認できませんでした。もう一度お試しください。',
      en: "We couldn't process what was sent. Please try again.",
    },
    detail: [
      {
        ja: 'ページを再読み込みしてから、もう一度操作してください。',
        en: 'Please reload the page and try again.',
      },
    ],
    causes: [
      {
        cause: {
          ja: '送信された内容が壊れている、大きすぎる、または形式が正しくありません。',
          en: 'What was sent was damaged, too large or in the wrong format.',
        },
        remedy: {
          ja: 'ページを再読み込みして、もう一度入力・送信してください。繰り返し表示される場合は、日本医師会電子認証センターまでお問い合わせください。',
          en: 'Reload the page, then enter and send it again. If this keeps happening, please contact the JMA Certification Center (日本医師会電子認証センター).',
        },
      },
    ],
    reproduce: {
      ja: '正しい Origin ヘッダーを付けて、状態を変更する API に壊れた JSON、上限を超える大きさの本文、または型の違う値を送る。',
      en: 'With a correct Origin header, send malformed JSON, an oversize body or values of the wrong type to a state-changing API.',
    },
  },

  'request.forbidden': {
    where: { ja: 'すべての画面（送信時）', en: 'Anywhere (when submitting)' },
    text: {
      ja: 'この操作は受け付けられませんでした。ページを開き直してから、もう一度お試しください。',
      en: 'This action was not accepted. Please open the page again and try again.',
    },
    detail: [
      {
        ja: 'このサイトのページから操作してください。ほかのサイトやアプリから送られた操作は受け付けません。',
        en: 'Please use the pages of this site. Actions sent from other sites or apps are not accepted.',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'ほかのサイトから、または送信元が確認できない状態で操作が送られました。',
          en: 'The action came from another site, or its origin could not be confirmed.',
        },
        remedy: {
          ja: 'このサイトのページを開き直して、もう一度操作してください。ブラウザーの拡張機能などを使っている場合は、無効にしてお試しください。',
          en: "Open this site's page again and retry. If you use browser extensions, try again with them turned off.",
        },
      },
    ],
    reproduce: {
      ja: '状態を変更する API に、Origin ヘッダーなし、または別のオリジンの Origin ヘッダーで POST する（例：curl で Origin: https://evil.example を付けて送る）。',
      en: 'POST to a state-changing API without an Origin header, or with a foreign one (e.g. curl with Origin: https://evil.example).',
    },
  },
} as const satisfies Record<`request.${string}`, ErrorEntry>;
