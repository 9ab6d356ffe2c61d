import type { ErrorEntry } from './types';

/**
 * Device change interrupted (Back, idle, already done): the journey-level `device.*` codes, the
 * device-change twins of `flow.back`, `flow.expired`, `flow.registered` and `flow.finished` —
 * their own entries because the wording is about changing the phone, not registering.
 */
export const deviceJourneyErrors = {
  'device.back': {
    where: { ja: '登録してあるスマートフォンを変更', en: 'Device change' },
    text: {
      ja: 'ブラウザの「戻る」が押されたため、スマートフォンの変更を続けられません。',
      en: "The smartphone change can't continue because the browser's Back button was used.",
    },
    detail: [
      {
        ja: '【最初からやり直す】をタップして、登録済みのパスキーでの本人確認からやり直してください。変更の途中では、ブラウザの「戻る」を使わないでください。',
        en: "Tap 【最初からやり直す】 (start again) and confirm with the registered passkey again. Please don't use the browser's Back button during the change.",
      },
    ],
    causes: [
      {
        cause: {
          ja: 'スマートフォンの変更の途中でブラウザの「戻る」を押したか、別のタブで同じ手続きを進めました。',
          en: "The browser's Back button was pressed during the change, or the same change was continued in another tab.",
        },
        remedy: {
          ja: '「登録してあるスマートフォンを変更」から、もう一度手続きしてください。',
          en: 'Start "Change the registered smartphone" again.',
        },
      },
    ],
    reproduce: {
      ja: '「登録してあるスマートフォンを変更」で本人確認を済ませた後、別のタブで古い本人確認の画面から確認の結果を送る（Playwright では、本人確認の後に /api/device/signin-verify をもう一度呼ぶ）。',
      en: 'After confirming in "Change the registered smartphone", send the confirmation again from the old screen in another tab (in Playwright, call /api/device/signin-verify again after confirming).',
    },
  },

  'device.expired': {
    where: { ja: '登録してあるスマートフォンを変更', en: 'Device change' },
    text: {
      ja: '一定時間操作がなかったため、スマートフォンの変更を中断しました。',
      en: 'The smartphone change was stopped because there was no activity for a while.',
    },
    detail: [
      {
        ja: 'スマートフォンの変更はまだ完了していません。【最初からやり直す】をタップして、登録済みのパスキーでの本人確認からやり直してください。',
        en: 'The change has not been completed. Tap 【最初からやり直す】 (start again) and confirm with the registered passkey again.',
      },
    ],
    causes: [
      {
        cause: {
          ja: '15分以上、操作がありませんでした。',
          en: 'There was no activity for more than 15 minutes.',
        },
        remedy: {
          ja: '「登録してあるスマートフォンを変更」から、もう一度手続きしてください。以前のスマートフォンの登録はそのまま使えます。',
          en: 'Start "Change the registered smartphone" again. The previous smartphone stays registered until then.',
        },
      },
    ],
    reproduce: {
      ja: '本人確認の後、新しいスマートフォンの登録画面を15分以上そのままにしてから再読み込みする（サポートコンソールの「再現する」では、最後の操作時刻が15分以上前のサンドボックス用の変更を開く）。',
      en: 'After confirming, leave the new-phone screen for more than 15 minutes, then reload it (the support console\'s "再現する" opens a sandbox change whose last activity is more than 15 minutes old).',
    },
  },

  'device.registered': {
    where: { ja: '新しいスマートフォンの登録後', en: 'After the new smartphone is registered' },
    text: {
      ja: '新しいスマートフォンの登録はすでに完了しています。',
      en: 'Your new smartphone is already registered.',
    },
    detail: [
      {
        ja: 'ブラウザの「戻る」などで前の画面を開いても、変更は取り消されません。【続きから登録する】をタップして、ラベル登録に進んでください。',
        en: "Opening an earlier screen (for example with the browser's Back button) does not undo the change. Tap 【続きから登録する】 (continue) to go on to the label.",
      },
    ],
    causes: [
      {
        cause: {
          ja: '新しいスマートフォンのパスキーを登録した後、ブラウザの「戻る」で前の画面を開きました。',
          en: "After the new smartphone's passkey was registered, an earlier screen was opened with the browser's Back button.",
        },
        remedy: {
          ja: '【続きから登録する】で、ラベル登録に進んでください。',
          en: 'Tap 【続きから登録する】 (continue) to go on to the label.',
        },
      },
    ],
    reproduce: {
      ja: 'スマートフォンの変更で新しいパスキーを登録し、ラベル登録の画面でブラウザの「戻る」を押す（Playwright では page.goBack()）。',
      en: "Register the new passkey in a device change and press the browser's Back button on the label screen (page.goBack() in Playwright).",
    },
  },

  'device.finished': {
    where: { ja: '登録してあるスマートフォンを変更', en: 'Device change' },
    text: {
      ja: 'スマートフォンの変更はすでに完了しています。',
      en: 'The smartphone change has already been completed.',
    },
    detail: [
      {
        ja: '新しいスマートフォンが登録されています。登録の状態は【ログイン】で確認できます（よくあるご質問 Q6）。',
        en: 'Your new smartphone is registered. You can check it with 【ログイン】 (FAQ Q6).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '変更を完了した後、ブラウザの「戻る」や履歴から変更の途中の画面を開きました。',
          en: "After the change was completed, a screen from the middle of it was opened with the browser's Back button or history.",
        },
        remedy: {
          ja: '手続きは不要です。【ログイン】で券面情報が表示されることを確認してください。',
          en: 'Nothing needs to be done. Check with 【ログイン】 that your card details are shown.',
        },
      },
      {
        cause: {
          ja: 'ラベル登録の画面のまま15分以上たちました（ラベルは自動で付けたものが使われます）。',
          en: 'The label screen was left for more than 15 minutes (the automatic label is kept).',
        },
        remedy: {
          ja: '手続きは不要です。ラベルを変える必要はありません。',
          en: 'Nothing needs to be done; the label does not need to be changed.',
        },
      },
    ],
    reproduce: {
      ja: 'スマートフォンの変更を完了した後、ブラウザの「戻る」でラベル登録の画面に戻る（Playwright では page.goBack()）。',
      en: "After completing a device change, go back to the label screen with the browser's Back button (page.goBack() in Playwright).",
    },
  },
} as const satisfies Record<`device.${string}`, ErrorEntry>;
