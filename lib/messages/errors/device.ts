import type { ErrorEntry } from './types';

/** Device change (機種変更): the `device.*` codes. */
export const deviceErrors = {
  'device.noChangeNeeded': {
    where: { ja: '登録してあるスマートフォンを変更', en: 'Device change' },
    text: {
      ja: 'この端末では登録済みのパスキーがすでに利用できます。機種変更の手続きは不要です。',
      en: 'Your registered passkey can already be used on this device. You do not need to change the registered smartphone.',
    },
    detail: [
      {
        ja: '登録の状態は【ログイン】で確認できます（よくあるご質問 Q6）。',
        en: 'You can check your registration with 【ログイン】 (FAQ Q6).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '登録済みのパスキーが iCloud キーチェーンなどで同期され、この端末でも使える状態になっています。',
          en: 'The registered passkey has been synced (for example with iCloud Keychain) and can already be used on this device.',
        },
        remedy: {
          ja: '手続きは不要です。【ログイン】で券面情報が表示されれば、そのままご利用いただけます。',
          en: 'Nothing needs to be done. If 【ログイン】 shows your card details, you can carry on using it.',
        },
      },
    ],
    reproduce: {
      ja: '登録を完了した後、同じ認証器（同じ仮想認証器）のまま「登録してあるスマートフォンを変更」を行う。',
      en: 'After completing a registration, run "Change the registered smartphone" with the same authenticator (the same virtual authenticator).',
    },
  },

  'device.reauthRequired': {
    where: { ja: '登録してあるスマートフォンを変更', en: 'Device change' },
    text: {
      ja: '本人確認から5分以上たったため、新しいスマートフォンを登録できませんでした。',
      en: 'More than 5 minutes have passed since you confirmed your identity, so the new smartphone could not be registered.',
    },
    detail: [
      {
        ja: 'もう一度「登録してあるスマートフォンを変更」から、登録済みのパスキーで本人確認をしてください。',
        en: 'Start "Change the registered smartphone" again and confirm with the registered passkey.',
      },
    ],
    causes: [
      {
        cause: {
          ja: '本人確認のあと、5分以内に登録が行われませんでした。',
          en: 'The new phone was not registered within 5 minutes of the confirmation.',
        },
        remedy: {
          ja: '最初からやり直し、本人確認のあとすぐに【登録】をタップしてください。',
          en: 'Start again and tap 登録 (Register) right after confirming.',
        },
      },
      {
        cause: {
          ja: '別の画面で、すでにスマートフォンの変更が完了しています。',
          en: 'The change was already completed in another window.',
        },
        remedy: {
          ja: 'トップページの【ログイン】から、登録済みのスマートフォンを確認してください。',
          en: 'Check the registered smartphone from ログイン on the top page.',
        },
      },
    ],
    reproduce: {
      ja: '以前のパスキーで本人確認をしたあと、5分以上待ってから【登録】をタップする。',
      en: 'Confirm with the old passkey, wait more than 5 minutes, then tap 登録.',
    },
  },

  'device.oldPhoneUnavailable': {
    reissue: true,
    where: { ja: '登録してあるスマートフォンを変更', en: 'Device change' },
    text: {
      ja: '以前のスマートフォンが手元にない場合は、QRコードの再発行が必要です。',
      en: 'If you no longer have your previous smartphone, you need to have your QR code reissued.',
    },
    detail: [
      {
        ja: '「QRコードの再発行」のページから手続きをしてください（よくあるご質問 Q5）。新しい初期登録用 QR コードで登録すると、以前のスマートフォンの登録は無効になります。',
        en: 'Please apply on the QR code reissue page (FAQ Q5). Registering with the new initial-registration QR code cancels the registration of the previous smartphone.',
      },
    ],
    causes: [
      {
        cause: {
          ja: '以前のスマートフォンを紛失した、故障した、または初期化しました。',
          en: 'The previous smartphone was lost, broken or reset.',
        },
        remedy: {
          ja: 'QRコードの再発行の手続きをしてください（理由は「スマートフォンの紛失・故障」）。医師資格証と、医師資格証を読み取れるパソコンがあれば即日再発行できます。',
          en: 'Apply for a QR code reissue (reason: lost or broken smartphone). With your doctor qualification card and a PC that can read it, this can be done the same day.',
        },
      },
      {
        cause: {
          ja: '以前のスマートフォンでの認証をキャンセルしました。',
          en: 'Sign-in with the previous smartphone was cancelled.',
        },
        remedy: {
          ja: '以前のスマートフォンがお手元にある場合は、それを用意して、もう一度「登録してあるスマートフォンを変更」から手続きしてください。',
          en: 'If you still have the previous smartphone, have it ready and start "Change the registered smartphone" again.',
        },
      },
    ],
    reproduce: {
      ja: '「登録してあるスマートフォンを変更」で、以前のスマートフォンでの認証（パスキーによるサインイン）をキャンセルする。Playwright では isUserVerified: false の仮想認証器、または資格情報のない仮想認証器で行う。',
      en: 'In "Change the registered smartphone", cancel the sign-in with the previous phone. In Playwright, use a virtual authenticator with isUserVerified false, or one without the credential.',
    },
  },
} as const satisfies Record<`device.${string}`, ErrorEntry>;
