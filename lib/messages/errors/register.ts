import type { ErrorEntry } from './types';
import { contactCentre, noUsablePlatformAuthenticatorCauses } from './shared';

/** Registration (スマートフォンの登録): the `register.*` codes. */
export const registerErrors = {
  'register.alreadyRegistered': {
    reissue: true,
    where: { ja: '登録開始', en: 'Registration start' },
    text: {
      ja: 'この QR コードはすでにスマートフォンへ登録されています。',
      en: 'This QR code is already registered to a smartphone.',
    },
    detail: [
      {
        ja: '新たに登録する必要はありません。【セキュリティキーによるサインイン】で、登録済みであることを確認できます。',
        en: 'There is nothing more to register. You can confirm the registration with 【セキュリティキーによるサインイン】 (sign in with security key).',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'この初期登録用 QR コードで、すでに登録が完了しています。',
          en: 'Registration with this initial-registration QR code has already been completed.',
        },
        remedy: {
          ja: 'ここでボタンに【登録】ではなく【セキュリティキーによるサインイン】と表示されている場合は、その QR コードはすでにスマートフォンへ登録されていますので、操作を終了してください。',
          en: 'If the button shows 【セキュリティキーによるサインイン】 (sign in with security key) instead of 【登録】 (register), this QR code is already registered to a smartphone, so you can stop here.',
        },
      },
      {
        cause: {
          ja: '登録したスマートフォンを機種変更した、または紛失しました。',
          en: 'The registered smartphone was replaced or lost.',
        },
        remedy: {
          ja: '機種変更の場合は「登録してあるスマートフォンを変更」から手続きしてください（よくあるご質問 Q1）。紛失した場合は、QRコードの再発行が必要です（よくあるご質問 Q5）。',
          en: 'For a new phone, use "Change the registered smartphone" (FAQ Q1). If the phone was lost, you need a QR code reissue (FAQ Q5).',
        },
      },
    ],
    reproduce: {
      ja: 'サポートコンソールの「再現する」で、登録済みパスキーを持つサンドボックス保有者を作成して開く。または一度登録を完了した後、同じ QR コードをもう一度開く。',
      en: 'In the support console, use "再現する" to create a sandbox holder that already has a credential, or complete a registration and open the same QR code again.',
    },
    manual: true,
  },

  'register.cancelled': {
    where: { ja: 'パスキー登録（生体認証）', en: 'Passkey registration (biometrics)' },
    text: {
      ja: '生体認証がキャンセルされました。登録手順1からもう一度登録をしてください。',
      en: 'Biometric authentication was cancelled. Please start the registration again from step 1.',
    },
    detail: [
      {
        ja: '【最初からやり直す】をタップしてください。',
        en: 'Tap 【最初からやり直す】 (start again).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '生体認証の画面で【キャンセル】を押しました。',
          en: '【キャンセル】 (Cancel) was pressed on the biometric screen.',
        },
        remedy: {
          ja: '【キャンセル】を押してしまった場合は、登録手順1からもう一度登録をしてください。',
          en: 'If you pressed 【キャンセル】 (Cancel), please register again from step 1.',
        },
      },
      {
        cause: {
          ja: '生体認証の画面のまま時間が過ぎた、または生体認証がうまくいきませんでした。',
          en: 'The biometric screen timed out, or biometric authentication did not succeed.',
        },
        remedy: {
          ja: '【最初からやり直す】から、もう一度登録してください。生体認証の画面が表示されたら、続けて指紋または顔で認証してください。',
          en: 'Start again with 【最初からやり直す】 and, when the biometric screen appears, complete it with your fingerprint or face straight away.',
        },
      },
    ],
    reproduce: {
      ja: '実機では、生体認証の画面で【キャンセル】を押す。Playwright（Chromium）では CDP の WebAuthn.addVirtualAuthenticator で protocol: ctap2, transport: internal, hasResidentKey: true, hasUserVerification: true, isUserVerified: false の仮想認証器を追加して【登録】を押す（NotAllowedError になる）。',
      en: 'On a phone, press 【キャンセル】 on the biometric screen. In Playwright (Chromium), add a CDP virtual authenticator (WebAuthn.addVirtualAuthenticator with protocol ctap2, transport internal, hasResidentKey true, hasUserVerification true, isUserVerified false) and press 【登録】; the ceremony fails with NotAllowedError.',
    },
    manual: true,
  },

  'register.noBiometrics': {
    where: { ja: 'パスキー登録（生体認証）', en: 'Passkey registration (biometrics)' },
    text: {
      ja: 'Security Key Error：スマートフォンに生体認証を登録した上で、登録手順2からやり直してください。',
      en: 'Security Key Error: Please set up biometric authentication on your smartphone, then start again from step 2.',
    },
    detail: [
      {
        ja: 'スマートフォンの「設定」で指紋認証または顔認証を登録してください。Android 端末では画面ロック（PIN など）の設定も必要です。',
        en: "Register a fingerprint or your face in the smartphone's Settings. Android phones also need a screen lock (such as a PIN).",
      },
    ],
    causes: [
      {
        cause: {
          ja: '事前にスマートフォンに生体認証登録を実施していない場合は、ここで Security Key Error となります。',
          en: 'If biometric authentication has not been set up on the smartphone beforehand, a Security Key Error appears at this point.',
        },
        remedy: {
          ja: 'スマートフォンに生体認証を登録した上で、登録手順2からやり直してください。',
          en: 'Set up biometric authentication on the smartphone, then start again from step 2.',
        },
      },
      {
        cause: {
          ja: 'Android 端末で画面ロックが設定されていません。',
          en: 'No screen lock is set on the Android phone.',
        },
        remedy: {
          ja: '「設定」で画面ロック（PIN、パターン、パスワード）と指紋認証または顔認証を設定した上で、登録手順2からやり直してください。',
          en: 'Set a screen lock (PIN, pattern or password) and a fingerprint or face in Settings, then start again from step 2.',
        },
      },
      {
        cause: {
          ja: '生体認証ができない端末です（らくらくフォンやフィーチャーフォン等）。',
          en: 'The device cannot do biometric authentication (simplified phones such as Raku-Raku Phone, feature phones).',
        },
        remedy: {
          ja: '生体認証ができる iPhone（iOS 14 以上）または Android 端末（OS 7 以上）で登録してください。',
          en: 'Register with an iPhone (iOS 14 or later) or an Android phone (Android 7 or later) that supports biometric authentication.',
        },
      },
    ],
    reproduce: {
      ja: '実機では、生体認証と画面ロックを設定していない端末で登録を開始する。Playwright では仮想認証器を追加しない（または page.addInitScript で PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable が false を返すようにする）状態で登録開始画面を開く。',
      en: 'On a phone, start registration on a device without biometrics or screen lock. In Playwright, open the registration start screen without a virtual authenticator (or use page.addInitScript to make PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable resolve to false).',
    },
    manual: true,
  },

  'register.invalidResult': {
    where: { ja: 'パスキー登録', en: 'Passkey registration' },
    text: {
      ja: 'セキュリティキーの登録結果が無効です。',
      en: 'The security key registration result is not valid.',
    },
    detail: [
      {
        ja: '下の原因と対処方法を確認し、設定後、登録手順1からもう一度登録をしてください。',
        en: 'Please check the causes and fixes below, change the settings, then register again from step 1.',
      },
      contactCentre,
    ],
    causes: noUsablePlatformAuthenticatorCauses,
    reproduce: {
      ja: 'Playwright で page.route（または CDP の Fetch）を使い、登録結果の送信内容を偽の attestationObject や UV フラグを落とした authenticatorData に差し替える。サポートコンソールの「再現する」でも画面を確認できる。',
      en: 'In Playwright, intercept the registration result with page.route (or CDP Fetch) and replace it with a forged attestationObject or authenticatorData without the UV flag. The screen can also be opened from the support console with "再現する".',
    },
    manual: true,
  },

  'register.chooseSignInMethod': {
    where: {
      ja: 'パスキー登録（スマートフォンの OS が表示）',
      en: "Passkey registration (shown by the phone's OS)",
    },
    text: {
      ja: '「{rpHost} にサインインする方法を選択してください」',
      en: '"Choose how you want to sign in to {rpHost}"',
    },
    exampleParams: { rpHost: 'localhost' },
    detail: [
      {
        ja: 'この画面はスマートフォンの OS が表示するもので、この端末でパスキーを保存できないことを示しています。画面を閉じ、下の設定を確認してから、登録手順1からもう一度登録をしてください。',
        en: "This screen comes from the phone's operating system and means the phone cannot store the passkey. Close it, check the settings below, then register again from step 1.",
      },
      contactCentre,
    ],
    causes: noUsablePlatformAuthenticatorCauses,
    reproduce: {
      ja: 'OS が表示する画面のため、このサイト上では再現できない（ドキュメント用の項目）。実機では iCloud キーチェーンをオフにした iPhone で登録を開始すると表示される。このサイトは PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable() が false のとき事前に案内を表示する（仮想認証器を追加しない Chromium で確認できる）。',
      en: 'Shown by the operating system, so it cannot be reproduced on this site (documentation entry). On a real iPhone it appears when iCloud Keychain is off. The site warns in advance when PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable() is false; check that in Chromium without a virtual authenticator.',
    },
    manual: true,
  },

  'register.deviceHasOtherCertificate': {
    where: { ja: '登録開始、パスキー登録', en: 'Registration start, passkey registration' },
    text: {
      ja: 'この端末にはすでに別の HPKI セカンド電子証明書が登録されています。',
      en: 'A different HPKI second certificate is already registered on this device.',
    },
    detail: [
      {
        ja: '1台の端末に複数の HPKI セカンド電子証明書を登録することはできません（よくあるご質問 Q3）。別のスマートフォンで登録してください。',
        en: 'One device can hold only one HPKI second certificate (FAQ Q3). Please register with another smartphone.',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'この端末（ブラウザー）には、ほかの方の HPKI セカンド電子証明書が登録されています。',
          en: "Another person's HPKI second certificate is registered on this device (browser).",
        },
        remedy: {
          ja: 'ご自身のスマートフォンで登録してください。1台の端末に登録できる HPKI セカンド電子証明書は1つだけです。',
          en: 'Please register with your own smartphone. A device can hold only one HPKI second certificate.',
        },
      },
      {
        cause: {
          ja: 'ほかの証明書を登録した覚えがありません。',
          en: 'You do not remember registering another certificate.',
        },
        remedy: {
          ja: '日本医師会電子認証センターまでお問い合わせください。',
          en: 'Please contact the JMA Certification Center (日本医師会電子認証センター).',
        },
      },
    ],
    reproduce: {
      ja: '同じブラウザーで保有者 A の登録を完了した後、保有者 B のチケットで登録を開始する（登録開始時に拒否される）。端末の記録を消した状態でも、仮想認証器に A のパスキーが残っていれば excludeCredentials により InvalidStateError になる。',
      en: "Complete registration for holder A, then start registration for holder B in the same browser (refused at registration start). With the device marker cleared but A's passkey still in the virtual authenticator, excludeCredentials makes the ceremony fail with InvalidStateError.",
    },
  },

  'register.ipadNotSupported': {
    where: { ja: 'すべての手順', en: 'Any step' },
    text: {
      ja: 'iPad は登録できません。スマートフォンをご利用ください。',
      en: "iPads can't be registered. Please use a smartphone.",
    },
    detail: [
      {
        ja: 'iPhone（iOS 14 以上）または Android 端末（OS 7 以上）で、もう一度 QR コードを読み取ってください。',
        en: 'Please scan the QR code again with an iPhone (iOS 14 or later) or an Android phone (Android 7 or later).',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'iPad からアクセスしています。HPKI セカンド電子証明書は iPad には登録できません。',
          en: 'You are using an iPad. The HPKI second certificate cannot be registered on an iPad.',
        },
        remedy: {
          ja: 'iPhone または Android 端末のスマートフォンで登録してください。',
          en: 'Please register with an iPhone or an Android smartphone.',
        },
      },
    ],
    reproduce: {
      ja: 'iPad のユーザーエージェント、または Mac と名乗る iPadOS のデスクトップ用ユーザーエージェントでタッチ操作が有効な状態（navigator.maxTouchPoints > 1）でアクセスする。Playwright では devices["iPad Pro 11"] を使うか、Macintosh の userAgent と hasTouch: true を指定する。',
      en: 'Open the site with an iPad user agent, or with the desktop (Macintosh) user agent of iPadOS and touch enabled (navigator.maxTouchPoints > 1). In Playwright use devices["iPad Pro 11"], or a Macintosh userAgent with hasTouch: true.',
    },
  },

  'register.unsupportedBrowser': {
    where: { ja: 'すべての手順', en: 'Any step' },
    text: {
      ja: 'このブラウザーはパスキーに対応していません。',
      en: "This browser doesn't support passkeys.",
    },
    detail: [
      {
        ja: 'スマートフォンの OS を最新の状態に更新するか、iPhone では Safari、Android 端末では Chrome で開き直してください。',
        en: "Please update your phone's operating system, or open the page again in Safari (iPhone) or Chrome (Android).",
      },
    ],
    causes: [
      {
        cause: {
          ja: 'スマートフォンの OS が古いバージョンです（iOS 14 未満、Android 7 未満）。',
          en: "The phone's operating system is too old (earlier than iOS 14 or Android 7).",
        },
        remedy: {
          ja: 'OS を最新の状態に更新してから、もう一度お試しください。更新できない端末では登録できません。',
          en: 'Update the operating system and try again. Phones that cannot be updated cannot be registered.',
        },
      },
      {
        cause: {
          ja: 'パスキーに対応していないブラウザー、またはアプリ内のブラウザー（メッセージアプリなどで開いた画面）を使用しています。',
          en: 'You are using a browser without passkey support, or a browser inside another app (for example a messaging app).',
        },
        remedy: {
          ja: 'iPhone では Safari、Android 端末では Chrome で開き直してください。',
          en: 'Open the page again in Safari on iPhone or Chrome on Android.',
        },
      },
    ],
    reproduce: {
      ja: 'PublicKeyCredential のないブラウザーでアクセスする。Playwright では page.addInitScript で window.PublicKeyCredential を削除してから開く。',
      en: 'Open the site in a browser without PublicKeyCredential. In Playwright, delete window.PublicKeyCredential with page.addInitScript before loading the page.',
    },
  },

  'register.labelInvalid': {
    where: { ja: 'ラベル登録', en: 'Label' },
    text: {
      ja: 'ラベルは1文字以上64文字以内で入力してください。',
      en: 'Please enter a label of 1 to 64 characters.',
    },
    detail: [
      {
        ja: '【キャンセル】をタップすると、自動で設定されたラベルのまま登録を完了できます。',
        en: 'Tap 【キャンセル】 (Cancel) to finish with the label that was set automatically.',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'ラベルが空欄です。',
          en: 'The label is empty.',
        },
        remedy: {
          ja: 'ラベルを入力して【OK】をタップするか、【キャンセル】をタップしてください。',
          en: 'Enter a label and tap 【OK】, or tap 【キャンセル】 (Cancel).',
        },
      },
      {
        cause: {
          ja: 'ラベルが64文字を超えています。',
          en: 'The label is longer than 64 characters.',
        },
        remedy: {
          ja: '64文字以内に短くしてから【OK】をタップしてください。',
          en: 'Shorten it to 64 characters or fewer and tap 【OK】.',
        },
      },
    ],
    reproduce: {
      ja: 'ラベル登録画面でラベルを空にする、または65文字以上を入力して【OK】を押す（入力欄の制限を避けるには API に直接送る）。',
      en: "On the label screen, clear the label or enter 65 or more characters and press 【OK】 (send it to the API directly to get past the input field's limit).",
    },
  },

  'register.failed': {
    where: { ja: 'パスキー登録', en: 'Passkey registration' },
    text: {
      ja: '登録を完了できませんでした。登録手順1からもう一度登録をしてください。',
      en: "We couldn't complete the registration. Please start again from step 1.",
    },
    detail: [
      {
        ja: 'この登録は保存されていません。【最初からやり直す】をタップしてください。',
        en: 'Nothing from this attempt was saved. Tap 【最初からやり直す】 (start again).',
      },
      contactCentre,
    ],
    causes: [
      {
        cause: {
          ja: '登録の処理中に予期しないエラーが発生しました。',
          en: 'An unexpected error occurred while the registration was being processed.',
        },
        remedy: {
          ja: '少し時間をおいてから、登録手順1からもう一度登録をしてください。繰り返し表示される場合は、日本医師会電子認証センターまでお問い合わせください。',
          en: 'Wait a moment, then register again from step 1. If this keeps happening, please contact the JMA Certification Center (日本医師会電子認証センター).',
        },
      },
    ],
    reproduce: {
      ja: '登録結果の検証後、保存の処理が失敗する状態を作る（例：テスト環境で登録結果の送信中にデータベースへの書き込みを失敗させる）。',
      en: 'Make storing the credential fail after the registration response has been verified (e.g. in a test environment, make the database write fail while the result is submitted).',
    },
  },
} as const satisfies Record<`register.${string}`, ErrorEntry>;
