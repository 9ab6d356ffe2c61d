import type { ErrorEntry } from './types';

/** The registration flow (Back, idle limit, finished): the `flow.*` codes. */
export const flowErrors = {
  'flow.back': {
    where: { ja: 'すべての手順', en: 'Any step' },
    text: {
      ja: 'ブラウザの「戻る」が押されたため、登録を続けられません。登録手順1からもう一度登録をしてください。',
      en: "Registration can't continue because the browser's Back button was used. Please start the registration again from step 1.",
    },
    detail: [
      {
        ja: '【最初からやり直す】をタップしてください。登録の途中では、ブラウザの「戻る」を使わないでください。',
        en: "Tap 【最初からやり直す】 (start again). Please don't use the browser's Back button during registration.",
      },
    ],
    causes: [
      {
        cause: {
          ja: '登録の途中でブラウザの「戻る」を押しました（よくあるご質問 Q2）。',
          en: "The browser's Back button was pressed during registration (FAQ Q2).",
        },
        remedy: {
          ja: '登録手順1からもう一度登録をしてください。',
          en: 'Please register again from step 1.',
        },
      },
    ],
    reproduce: {
      ja: '登録の手順を1つ進めた後、ブラウザの「戻る」で前の手順に戻る（Playwright では page.goBack()）。',
      en: "Move on one step in the registration flow, then go back with the browser's Back button (page.goBack() in Playwright).",
    },
  },

  'flow.expired': {
    where: { ja: 'すべての手順', en: 'Any step' },
    text: {
      ja: '一定時間操作がなかったため、登録を中断しました。',
      en: 'Registration was stopped because there was no activity for a while.',
    },
    detail: [
      {
        ja: '登録はまだ完了していません。【最初からやり直す】をタップして、登録手順1からもう一度登録をしてください。',
        en: 'Registration has not been completed. Tap 【最初からやり直す】 (start again) and register again from step 1.',
      },
    ],
    causes: [
      {
        cause: {
          ja: '15分以上、操作がありませんでした。',
          en: 'There was no activity for more than 15 minutes.',
        },
        remedy: {
          ja: '登録手順1からもう一度登録をしてください。',
          en: 'Please register again from step 1.',
        },
      },
      {
        cause: {
          ja: '生体認証の画面を開いてから5分以上たちました。',
          en: 'More than 5 minutes passed after the biometric screen opened.',
        },
        remedy: {
          ja: '登録手順1からもう一度登録し、生体認証の画面が表示されたら続けて認証してください。',
          en: 'Register again from step 1 and complete the biometric screen as soon as it appears.',
        },
      },
    ],
    reproduce: {
      ja: 'サポートコンソールの「再現する」で、最後の操作時刻が15分以上前のサンドボックス用フローを作成して開く。',
      en: 'In the support console, use "再現する" to create a sandbox flow whose last activity is more than 15 minutes old, and open it.',
    },
  },

  'flow.inProgress': {
    where: { ja: '利用規約・登録の開始', en: 'Terms and start pages' },
    text: {
      ja: '登録の手続きが途中のままです。',
      en: 'A registration is still in progress in this browser.',
    },
    detail: [
      {
        ja: '続ける場合は【続きから登録する】を、初めから登録し直す場合は【最初からやり直す】をタップしてください。',
        en: 'To go on, tap 【続きから登録する】 (continue); to register again from the beginning, tap 【最初からやり直す】 (start again).',
      },
      {
        ja: '登録済みのスマートフォンを確認する場合は【ログイン】を、スマートフォンを変更する場合は【登録してあるスマートフォンを変更】をタップしてください。',
        en: 'To check your registered smartphone, tap 【ログイン】 (log in); to change it, tap 【登録してあるスマートフォンを変更】 (change the registered smartphone).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '登録の途中で、ブックマーク、入力したアドレスまたはブラウザの「戻る」からトップページを開きました。',
          en: "During registration, the top page was opened from a bookmark, a typed address or the browser's Back button.",
        },
        remedy: {
          ja: '【続きから登録する】で、中断した手順から続けてください。',
          en: 'Tap 【続きから登録する】 (continue) to go on from the step you left.',
        },
      },
    ],
    reproduce: {
      ja: '初期登録用 QR コードの URL を開いて利用規約に同意し、パスワード入力の画面が表示されたら、アドレスバーにトップページ（/）のアドレスを入力して開く。',
      en: 'Open the initial-registration QR code URL, agree to the terms and, on the password screen, type the top page address (/) into the address bar.',
    },
  },

  'flow.registered': {
    where: { ja: 'パスキーの登録後', en: 'After the passkey is registered' },
    text: {
      ja: 'スマートフォンの登録はすでに完了しています。',
      en: 'Your smartphone is already registered.',
    },
    detail: [
      {
        ja: 'ブラウザの「戻る」などで前の画面を開いても、登録は取り消されません。【続きから登録する】をタップして、ラベル登録に進んでください。',
        en: "Opening an earlier screen (for example with the browser's Back button) does not undo the registration. Tap 【続きから登録する】 (continue) to go on to the label.",
      },
    ],
    causes: [
      {
        cause: {
          ja: 'パスキーを登録した後で、ブラウザの「戻る」を押したか、前の手順の画面を開きました。',
          en: "After the passkey was registered, the browser's Back button was pressed or an earlier step's page was opened.",
        },
        remedy: {
          ja: '登録をやり直す必要はありません。【続きから登録する】でラベル登録の画面に戻ってください。',
          en: 'There is no need to register again. Tap 【続きから登録する】 (continue) to return to the label screen.',
        },
      },
    ],
    reproduce: {
      ja: 'パスキーを登録してラベル登録の画面が表示されたら、ブラウザの「戻る」を押す（Playwright では page.goBack()）。',
      en: "Register a passkey and, when the label screen appears, press the browser's Back button (page.goBack() in Playwright).",
    },
  },

  'flow.finished': {
    where: { ja: '登録の完了後', en: 'After registration' },
    text: {
      ja: '登録はすでに完了しています。',
      en: 'Registration has already been completed.',
    },
    detail: [
      {
        ja: '登録したスマートフォンは、【ログイン】から医籍登録番号を入力してログインすると確認できます（よくあるご質問 Q6）。',
        en: 'You can check the registered smartphone with 【ログイン】 (log in): enter your 医籍登録番号 (medical registration number) and sign in (FAQ Q6).',
      },
      {
        ja: '別の初期登録用 QR コードを登録する場合や、スマートフォンを変更する場合は、【トップページへ】をタップしてください。',
        en: 'To register another initial-registration QR code, or to change the smartphone, tap 【トップページへ】 (top page).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '「登録が完了しました」の画面の後で、ブラウザの「戻る」を押したか、前の手順の画面を開きました。',
          en: "After the 「登録が完了しました」 (registration complete) screen, the browser's Back button was pressed or an earlier step's page was opened.",
        },
        remedy: {
          ja: '登録をやり直す必要はありません。登録の状態は【ログイン】で確認できます。',
          en: 'There is no need to register again. You can check the registration with 【ログイン】 (log in).',
        },
      },
      {
        cause: {
          ja: 'ラベル登録の画面のまま、15分以上操作がありませんでした。',
          en: 'The label screen was left without activity for more than 15 minutes.',
        },
        remedy: {
          ja: '登録は有効です。ラベルは自動で設定されたものになります。',
          en: 'The registration stands, with the label that was filled in automatically.',
        },
      },
    ],
    reproduce: {
      ja: '登録を最後まで済ませた後、ブラウザの「戻る」を押す（Playwright では page.goBack()）。',
      en: "Finish a registration, then press the browser's Back button (page.goBack() in Playwright).",
    },
  },
} as const satisfies Record<`flow.${string}`, ErrorEntry>;
