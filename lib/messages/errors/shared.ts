/** Pieces several entries share (remedies, the manual's causes). */

import type { Cause, Text } from './types';

/** Re-issue remedy (FAQ Q5). */
export const reissueRemedy: Text = {
  ja: 'QRコードの再発行の手続きをしてください（よくあるご質問 Q5）。医師資格証と、医師資格証を読み取れるパソコンがあれば即日、ない場合はお申し込みから1カ月～1.5カ月ほどで新しい初期登録用 QR コードをお届けします。',
  en: 'Please apply to have your QR code reissued (FAQ Q5). With your doctor qualification card (医師資格証) and a PC that can read it, you get a new initial-registration QR code the same day; otherwise a new card arrives about 1 to 1.5 months after you apply.',
};

/** Contact line used where the doctor cannot fix the problem alone (verbatim from the manual). */
export const contactCentre: Text = {
  ja: 'エラーが解消しない場合は、日本医師会電子認証センターまでお問い合わせください。',
  en: 'If the error does not go away, please contact the JMA Certification Center (日本医師会電子認証センター).',
};

/**
 * The three causes of 「セキュリティキーの登録結果が無効です。」 and of the OS sheet
 * 「… にサインインする方法を選択してください」, verbatim from the manual's
 * 「よくあるエラーメッセージ」 section, with its numbered setting steps.
 */
export const noUsablePlatformAuthenticatorCauses: Cause[] = [
  {
    cause: {
      ja: '紐づけを行うスマートフォンの生体認証の設定が完了していない可能性があります。',
      en: 'Biometric authentication may not be fully set up on the smartphone you are registering.',
    },
    remedy: {
      ja: 'HPKI セカンド電子証明書を登録するには、生体認証が可能かつ登録済の端末が必要となります。(らくらくフォンやフィーチャーフォン等では登録ができません。)指紋認証または顔認証をスマートフォンにご登録の上、再度お試しください。',
      en: 'To register the HPKI second certificate you need a device that supports biometric authentication and has it set up. (Simplified phones such as Raku-Raku Phone and feature phones cannot be registered.) Register a fingerprint or your face on the smartphone, then try again.',
    },
  },
  {
    cause: {
      ja: 'iCloud キーチェーンが有効になっていない可能性があります。(iPhone の場合)',
      en: 'iCloud Keychain may not be turned on. (iPhone)',
    },
    remedy: {
      ja: '設定後、再度登録をしてください。',
      en: 'Turn it on as shown below, then register again.',
    },
    steps: [
      {
        ja: '「設定」をタップし、「[ユーザ名]」をタップして、「iCloud」を選択します。',
        en: 'Tap "Settings", tap "[your name]", then choose "iCloud".',
      },
      {
        ja: '「パスワードとキーチェーン」をタップします。',
        en: 'Tap "Passwords and Keychain".',
      },
      {
        ja: '「iCloud キーチェーン」をオンにします。パスコードまたは Apple ID のパスワードの入力を求められる場合があります。',
        en: 'Turn on "iCloud Keychain". You may be asked for your passcode or your Apple ID password.',
      },
    ],
  },
  {
    cause: {
      ja: 'パスワードオプションの設定が原因の可能性があります(iPhoneの場合)',
      en: 'The password options setting may be the cause. (iPhone)',
    },
    remedy: {
      ja: 'パスワードオプションの設定を確認してください。',
      en: 'Check the password options as shown below.',
    },
    steps: [
      {
        ja: '「設定」→「パスワード」→「パスワードオプション」選択する',
        en: 'Open "Settings" → "Passwords" → "Password Options".',
      },
      {
        ja: '「パスワードとパスキーを自動入力」が OFF になっている場合は ON にする',
        en: 'If "AutoFill Passwords and Passkeys" is off, turn it on.',
      },
      {
        ja: '「パスワードとパスキーを自動入力」が ON になっている場合は、「次の構成元からのパスワードとパスキーを使用」の iCloud キーチェーンの設定を確認し、OFF になっている場合は ON にする',
        en: 'If "AutoFill Passwords and Passkeys" is already on, check iCloud Keychain under "Use passwords and passkeys from", and turn it on if it is off.',
      },
    ],
  },
];
