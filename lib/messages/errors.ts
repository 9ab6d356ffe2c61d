/**
 * Error and guidance catalogue (よくあるエラーメッセージ).
 *
 * One entry per situation a doctor can meet. The doctor's screens, the API error bodies and the
 * support console's error catalogue are all rendered from this one source, so error codes are
 * stable identifiers: tests and support staff refer to them.
 *
 * The authoritative list is `shared/spec/messages.md`. Entries with `manual: true` carry Japanese
 * text taken verbatim from the operator manual (only PDF line-break artefacts removed); do not
 * reword those parts. Everything else is ours to word, in plain polite Japanese for doctors who
 * are not technical, and every entry says what to do next (in `detail` or in the remedies).
 *
 * Placeholders are written `{name}` (for example `{n}`, `{rpHost}`) and must appear in both
 * languages. Browser-safe: no server-only imports.
 */

export type Text = { ja: string; en: string };
export type Cause = { cause: Text; remedy: Text; steps?: Text[] };
export type ErrorEntry = {
  /** Where it appears, e.g. { ja: 'QRコード読み取り', en: 'QR entry' }. */
  where: Text;
  /** The first line shown to the user; placeholders as {n}, {rpHost}. */
  text: Text;
  /** Extra short lines shown under the text: what to do next. */
  detail?: Text[];
  /** Causes → remedies (the support console shows these). */
  causes: Cause[];
  /** How support staff and testers reproduce it (incl. virtual authenticator hints). */
  reproduce: Text;
  /** True when the Japanese text is verbatim from the manual. */
  manual?: boolean;
};

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

/** Re-issue remedy (FAQ Q5). */
const reissueRemedy: Text = {
  ja: 'QRコードの再発行の手続きをしてください（よくあるご質問 Q5）。医師資格証と、医師資格証を読み取れるパソコンがあれば即日、ない場合はお申し込みから1カ月～1.5カ月ほどで新しい初期登録用 QR コードをお届けします。',
  en: 'Please apply to have your QR code reissued (FAQ Q5). With your doctor qualification card (医師資格証) and a PC that can read it, you get a new initial-registration QR code the same day; otherwise a new card arrives about 1 to 1.5 months after you apply.',
};

/** Contact line used where the doctor cannot fix the problem alone (verbatim from the manual). */
const contactCentre: Text = {
  ja: 'エラーが解消しない場合は、日本医師会電子認証センターまでお問い合わせください。',
  en: 'If the error does not go away, please contact the JMA Certification Center (日本医師会電子認証センター).',
};

/**
 * The three causes of 「セキュリティキーの登録結果が無効です。」 and of the OS sheet
 * 「… にサインインする方法を選択してください」, verbatim from the manual's
 * 「よくあるエラーメッセージ」 section, with its numbered setting steps.
 */
const noUsablePlatformAuthenticatorCauses: Cause[] = [
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

// ---------------------------------------------------------------------------------------------
// The catalogue
// ---------------------------------------------------------------------------------------------

export const errors = {
  // ----- QR entry --------------------------------------------------------------------------

  'qr.unreadable': {
    where: { ja: 'QRコード読み取り', en: 'QR entry' },
    text: { ja: 'QRコードを読み取れませんでした。', en: "We couldn't read the QR code." },
    detail: [
      {
        ja: '「画像から読み取る」で QR コードの写真を選ぶか、「登録コードを入力する」で QR コードの下に印刷されている登録コードを入力してください。',
        en: 'Choose a photo of the QR code with "Read from an image", or type the registration code printed under the QR code with "Enter the registration code".',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'ブラウザーでカメラの使用が許可されていません。',
          en: 'The browser is not allowed to use the camera.',
        },
        remedy: {
          ja: 'ブラウザーの設定でカメラの使用を許可してから、もう一度読み取ってください。または「画像から読み取る」か「登録コードを入力する」をご利用ください。',
          en: 'Allow camera access in the browser settings and scan again, or use "Read from an image" or "Enter the registration code".',
        },
      },
      {
        cause: {
          ja: 'QR コードがぼやけている、暗い、または小さく写っています。',
          en: 'The QR code is blurry, too dark or too small in the picture.',
        },
        remedy: {
          ja: '明るい場所で、QR コードが枠いっぱいに写るようにして読み取ってください。読み取れない場合は「登録コードを入力する」をご利用ください。',
          en: 'Scan in a bright place with the QR code filling the frame. If it still cannot be read, use "Enter the registration code".',
        },
      },
      {
        cause: {
          ja: 'この端末にカメラがない、またはほかのアプリがカメラを使用しています。',
          en: 'This device has no camera, or another app is using it.',
        },
        remedy: {
          ja: 'ほかのアプリを閉じてからお試しいただくか、「画像から読み取る」または「登録コードを入力する」をご利用ください。',
          en: 'Close other apps and try again, or use "Read from an image" or "Enter the registration code".',
        },
      },
      {
        cause: {
          ja: '選んだ画像に QR コードが写っていません。',
          en: 'The chosen image does not show a QR code.',
        },
        remedy: {
          ja: '紙カード「初期登録用 QR コード」の QR コード全体がはっきり写った写真を選んでください。',
          en: 'Choose a photo in which the whole QR code on the initial-registration QR code card is clearly visible.',
        },
      },
    ],
    reproduce: {
      ja: 'QRコード読み取り画面でカメラでの読み取りを開始し、ブラウザーのカメラ許可を拒否する。または「画像から読み取る」で QR コードを含まない画像（無地の PNG など）を選ぶ。Playwright ではカメラ権限を付与しないか、setInputFiles で QR コードを含まない画像を渡す。',
      en: 'On the QR entry screen, start camera scanning and deny the camera permission, or use "Read from an image" with an image that contains no QR code (e.g. a plain PNG). In Playwright, do not grant the camera permission, or pass a non-QR image with setInputFiles.',
    },
  },

  'qr.unknown': {
    where: { ja: 'QRコード読み取り', en: 'QR entry' },
    text: {
      ja: 'この登録コードは確認できませんでした。',
      en: "We couldn't find this registration code.",
    },
    detail: [
      {
        ja: '初期登録用 QR コードの下に印刷されている登録コードと、入力した内容をもう一度ご確認ください。',
        en: 'Please compare what you entered with the registration code printed under the QR code.',
      },
      {
        ja: '正しく入力しても確認できない場合は、QRコードの再発行の手続きをしてください（よくあるご質問 Q5）。',
        en: 'If it still cannot be found, please apply to have your QR code reissued (FAQ Q5).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '登録コードの入力に誤りがあります。',
          en: 'The registration code was mistyped.',
        },
        remedy: {
          ja: '印刷されている登録コード（4文字ずつ区切られた20文字）を見ながら、もう一度入力してください。',
          en: 'Type the printed registration code (20 characters in groups of 4) again, checking each character.',
        },
      },
      {
        cause: {
          ja: '初期登録用 QR コード以外の QR コードを読み取りました。',
          en: 'A QR code other than the initial-registration QR code was scanned.',
        },
        remedy: {
          ja: '紙カード「初期登録用 QR コード」に印刷されている QR コードを読み取ってください。',
          en: 'Scan the QR code printed on the initial-registration QR code card.',
        },
      },
      {
        cause: {
          ja: 'カードが汚れている・破損しているなどで、正しい登録コードが読み取れません。',
          en: 'The card is dirty or damaged, so the correct code cannot be read.',
        },
        remedy: reissueRemedy,
      },
    ],
    reproduce: {
      ja: '「登録コードを入力する」で、形式は正しいが発行されていないランダムな20文字のコード（Crockford Base32）を入力する。',
      en: 'Use "Enter the registration code" with a random, well-formed 20-character Crockford Base32 code that was never issued.',
    },
  },

  'qr.codeFormat': {
    where: { ja: 'QRコード読み取り（登録コードの入力）', en: 'QR entry (typing the code)' },
    text: {
      ja: '登録コードは20文字です。QR コードの下に4文字ずつ区切って印刷されている登録コードを入力してください。',
      en: 'The registration code has 20 characters. Please enter the code printed under the QR code in groups of 4.',
    },
    detail: [
      {
        ja: 'ハイフンや空白は入れても入れなくてもかまいません。大文字・小文字の区別もありません。',
        en: "Hyphens and spaces are optional, and upper or lower case doesn't matter.",
      },
    ],
    causes: [
      {
        cause: {
          ja: '入力した文字数が20文字ではありません（不足している、または多い）。',
          en: 'The code entered is not 20 characters long (too short or too long).',
        },
        remedy: {
          ja: '印刷されている登録コードを、最後の4文字まで入力してください。',
          en: 'Type the whole printed code, down to the last group of 4.',
        },
      },
      {
        cause: {
          ja: '登録コードに使われていない文字（記号や U など）が含まれています。',
          en: 'The code contains characters that are never used in registration codes (symbols, U and so on).',
        },
        remedy: {
          ja: '印刷されている登録コードを見ながら、もう一度入力してください。',
          en: 'Type the printed code again, checking each character.',
        },
      },
    ],
    reproduce: {
      ja: '「登録コードを入力する」で「ABCD-1234」のように20文字に満たない値、または「U」や記号を含む値を入力する。',
      en: 'Use "Enter the registration code" with a value shorter than 20 characters such as "ABCD-1234", or one containing "U" or symbols.',
    },
  },

  'qr.expired': {
    where: { ja: 'QRコード読み取り', en: 'QR entry' },
    text: {
      ja: 'この初期登録用 QR コードは有効期限が切れています。',
      en: 'This initial-registration QR code has expired.',
    },
    detail: [
      {
        ja: 'QRコードの再発行の手続きをしてください（よくあるご質問 Q5）。新しい初期登録用 QR コードで登録できます。',
        en: 'Please apply to have your QR code reissued (FAQ Q5). You can then register with the new initial-registration QR code.',
      },
    ],
    causes: [
      {
        cause: {
          ja: 'カードに印刷されている有効期限を過ぎています。',
          en: 'The expiry date printed on the card has passed.',
        },
        remedy: reissueRemedy,
      },
    ],
    reproduce: {
      ja: 'サポートコンソールの「再現する」で、有効期限が過去のサンドボックス用 QR コード（チケット）を作成して開く。',
      en: 'In the support console, use "再現する" (reproduce) to create a sandbox ticket whose expiry is in the past, and open it.',
    },
  },

  'qr.locked': {
    where: { ja: 'QRコード読み取り、パスワード入力', en: 'QR entry, password' },
    text: {
      ja: 'パスワードを5回間違えたため、この QR コードは使用できません。',
      en: 'This QR code can no longer be used because the password was entered incorrectly 5 times.',
    },
    detail: [
      {
        ja: 'ロックは解除できません。QRコードの再発行の手続きをしてください（よくあるご質問 Q5）。',
        en: 'The lock cannot be removed. Please apply to have your QR code reissued (FAQ Q5).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '初期登録用のパスワード（生年月日8桁）を5回続けて間違えました。',
          en: 'The registration password (date of birth, 8 digits) was entered incorrectly 5 times in a row.',
        },
        remedy: reissueRemedy,
      },
    ],
    reproduce: {
      ja: 'サポートコンソールの「再現する」で、失敗回数が5回のサンドボックス用チケットを作成して開く。または誤った生年月日を5回入力する。',
      en: 'In the support console, use "再現する" to create a sandbox ticket with 5 failed attempts and open it, or enter a wrong date of birth 5 times.',
    },
  },

  'qr.superseded': {
    where: { ja: 'QRコード読み取り', en: 'QR entry' },
    text: {
      ja: 'この QR コードは再発行により無効になりました。',
      en: 'This QR code is no longer valid because a new one has been issued.',
    },
    detail: [
      {
        ja: 'いちばん新しく発行された初期登録用 QR コードで、もう一度読み取ってください。',
        en: 'Please scan the most recently issued initial-registration QR code instead.',
      },
    ],
    causes: [
      {
        cause: {
          ja: '再発行により、新しい初期登録用 QR コードが発行されています。',
          en: 'A new initial-registration QR code has been issued to replace this one.',
        },
        remedy: {
          ja: 'いちばん新しい初期登録用 QR コードで登録してください。古いカードは使えませんので、破棄してください。',
          en: 'Register with the newest initial-registration QR code. The old card cannot be used; please dispose of it.',
        },
      },
      {
        cause: {
          ja: '新しい初期登録用 QR コードがお手元にありません。',
          en: 'You do not have the new initial-registration QR code.',
        },
        remedy: {
          ja: '申請による再発行の場合は、お届けまでお待ちください。見当たらない場合は、もう一度QRコードの再発行の手続きをしてください（よくあるご質問 Q5）。',
          en: 'If you applied for a reissue by post, please wait for it to arrive. If you cannot find it, apply for a QR code reissue again (FAQ Q5).',
        },
      },
    ],
    reproduce: {
      ja: 'サポートコンソールで同じ証明書保有者にチケットを2回発行し、1回目のチケットの登録コードを使う。',
      en: 'In the support console, issue two tickets to the same holder and use the code of the first one.',
    },
  },

  // ----- Password and login ------------------------------------------------------------------

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
    where: { ja: 'パスワード入力', en: 'Password' },
    text: {
      ja: 'パスワードが正しくありません。あと{n}回間違えると、この QR コードは使用できなくなります。',
      en: 'The password is incorrect. Attempts left before this QR code is locked: {n}.',
    },
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

  // ----- Registration ------------------------------------------------------------------------

  'register.alreadyRegistered': {
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

  // ----- Sign-in -----------------------------------------------------------------------------

  'auth.invalidResult': {
    where: { ja: 'セキュリティキーによるサインイン', en: 'Sign-in with security key' },
    text: {
      ja: 'セキュリティキーの認証結果が無効です。',
      en: 'The security key sign-in result is not valid.',
    },
    detail: [
      {
        ja: '登録済みのスマートフォンで、もう一度お試しください。',
        en: 'Please try again with your registered smartphone.',
      },
      contactCentre,
    ],
    causes: [
      {
        cause: {
          ja: '登録したものとは別のパスキー（ほかの方の証明書や、以前のスマートフォンのもの）が選ばれました。',
          en: "A different passkey was chosen (another person's certificate, or one from a previous phone).",
        },
        remedy: {
          ja: '登録済みのスマートフォンで、この証明書のパスキーを選んでもう一度お試しください。',
          en: 'On your registered smartphone, choose the passkey for this certificate and try again.',
        },
      },
      {
        cause: {
          ja: 'このパスキーは無効になっています（機種変更や QR コードの再発行で、登録が置き換えられた場合など）。',
          en: 'This passkey is no longer valid (for example, the registration was replaced after a phone change or a QR code reissue).',
        },
        remedy: {
          ja: '現在登録しているスマートフォンでお試しください。お手元にない場合は、QRコードの再発行が必要です（よくあるご質問 Q5）。',
          en: 'Try with the smartphone that is currently registered. If you no longer have it, you need a QR code reissue (FAQ Q5).',
        },
      },
      {
        cause: {
          ja: '認証情報に不整合があり、安全のため受け付けませんでした。',
          en: 'The sign-in data was inconsistent and was refused for safety.',
        },
        remedy: {
          ja: '日本医師会電子認証センターまでお問い合わせください。',
          en: 'Please contact the JMA Certification Center (日本医師会電子認証センター).',
        },
      },
    ],
    reproduce: {
      ja: '【セキュリティキーによるサインイン】や機種変更で、ほかの保有者のパスキー、または失効したパスキーでサインインする（仮想認証器に WebAuthn.addCredential でそのパスキーを入れておく）。',
      en: "At 【セキュリティキーによるサインイン】 or in device change, sign in with another holder's passkey or a revoked one (put it in the virtual authenticator with WebAuthn.addCredential).",
    },
  },

  'auth.failed': {
    where: { ja: 'ログイン（登録の確認）', en: 'Login (confirming registration)' },
    text: {
      ja: 'ログインできませんでした。医籍登録番号と登録済みのスマートフォンをご確認ください。',
      en: "We couldn't log you in. Please check your medical registration number (医籍登録番号) and that you are using your registered smartphone.",
    },
    causes: [
      {
        cause: {
          ja: '医籍登録番号の入力に誤りがあります。',
          en: 'The medical registration number was mistyped.',
        },
        remedy: {
          ja: '医籍登録番号（1～6桁の数字）を確認して、もう一度【ログイン】してください。',
          en: 'Check your medical registration number (1 to 6 digits) and tap 【ログイン】 again.',
        },
      },
      {
        cause: {
          ja: '登録したスマートフォン以外で操作している、またはまだ登録していません。',
          en: 'You are not using the registered smartphone, or you have not registered yet.',
        },
        remedy: {
          ja: '登録したスマートフォンでお試しください。まだ登録していない場合は、【初回登録の方はこちら】から登録してください。',
          en: 'Try on the smartphone you registered. If you have not registered yet, start with 【初回登録の方はこちら】 (first-time registration).',
        },
      },
      {
        cause: {
          ja: '生体認証の画面でキャンセルしました。',
          en: 'The biometric screen was cancelled.',
        },
        remedy: {
          ja: 'もう一度【ログイン】をタップし、指紋または顔で認証してください。',
          en: 'Tap 【ログイン】 again and confirm with your fingerprint or face.',
        },
      },
    ],
    reproduce: {
      ja: 'ログイン画面で、登録済みのパスキーとは一致しない医籍登録番号を入力してサインインする。',
      en: 'On the login screen, enter a medical registration number that does not match the registered passkey and sign in.',
    },
  },

  // ----- Flow --------------------------------------------------------------------------------

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

  // ----- Device change -----------------------------------------------------------------------

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

  // ----- Re-issue ----------------------------------------------------------------------------

  'reissue.cardCertificateInvalid': {
    where: { ja: 'QRコードの再発行（医師資格証）', en: 'QR code reissue with the IC card' },
    text: {
      ja: '医師資格証の証明書を確認できませんでした。',
      en: "We couldn't verify the certificate on your doctor qualification card (医師資格証).",
    },
    detail: [
      {
        ja: 'IC カードリーダに医師資格証を差し込み、HPKI カードドライバがインストールされていることを確認してから、ブラウザーをすべて閉じて開き直してください（Windows のパソコンのみ対応しています）。',
        en: 'Insert the card into the IC card reader, make sure the HPKI card driver is installed, then close all browser windows and open the page again (Windows PCs only).',
      },
      {
        ja: '医師資格証を読み取れない場合は、申請による QRコードの再発行（1カ月～1.5カ月ほど）をご利用ください。',
        en: 'If the card cannot be read, apply for a QR code reissue by application instead (about 1 to 1.5 months).',
      },
    ],
    causes: [
      {
        cause: {
          ja: '医師資格証が IC カードリーダに差し込まれていない、または IC カードリーダが接続されていません。',
          en: 'The card is not in the IC card reader, or the reader is not connected.',
        },
        remedy: {
          ja: 'IC カードリーダを接続して医師資格証を差し込み、ブラウザーを開き直してください。',
          en: 'Connect the reader, insert the card and open the browser again.',
        },
      },
      {
        cause: {
          ja: 'HPKI カードドライバがインストールされていません（MacOS は対応していません）。',
          en: 'The HPKI card driver is not installed (macOS is not supported).',
        },
        remedy: {
          ja: '日本医師会電子認証センターの「HPKI カードドライバダウンロードページ」から、Windows のパソコンにドライバをインストールしてください。',
          en: "Install the driver on a Windows PC from the JMA Certification Center's HPKI card driver download page.",
        },
      },
      {
        cause: {
          ja: 'ブラウザーでの証明書の選択をキャンセルした、または別の証明書を選びました。',
          en: 'The certificate choice in the browser was cancelled, or a different certificate was chosen.',
        },
        remedy: {
          ja: 'ブラウザーをすべて閉じて開き直し、証明書の選択で医師資格証の証明書を選んでください。',
          en: 'Close all browser windows, open the page again and choose the certificate of your doctor qualification card.',
        },
      },
      {
        cause: {
          ja: '医師資格証の有効期限が切れている、または医師の HPKI 証明書ではありません。',
          en: "The card has expired, or the certificate is not a doctor's HPKI certificate.",
        },
        remedy: {
          ja: '申請による QRコードの再発行をご利用ください（よくあるご質問 Q5）。',
          en: 'Please apply for a QR code reissue by application (FAQ Q5).',
        },
      },
    ],
    reproduce: {
      ja: 'クライアント証明書なしで、または自己署名・期限切れ・医師以外の証明書で再発行ページにアクセスする。開発環境では、設定したクライアント証明書ヘッダーを省くか不正な値を送る。',
      en: 'Open the reissue page without a client certificate, or with a self-signed, expired or non-doctor certificate. In development, omit the configured client-certificate header or send an invalid value.',
    },
  },

  'reissue.photoRejected': {
    where: { ja: 'QRコードの再発行（申請フォーム）', en: 'QR code reissue application form' },
    text: {
      ja: '写真をアップロードできませんでした。',
      en: "We couldn't upload the photo.",
    },
    detail: [
      {
        ja: '医師資格証または紙カード「初期登録用 QR コード」の券面全体が写った写真（JPEG、PNG、HEIC、WebP、10 MB 以下）を選び直してください。',
        en: 'Please choose a photo showing the whole face of your doctor qualification card or of the initial-registration QR code card (JPEG, PNG, HEIC or WebP, 10 MB or less).',
      },
      {
        ja: '顔写真や QR コードのみの写真では申請を受け付けられません。',
        en: 'Applications with a photo of only your face or only the QR code cannot be accepted.',
      },
    ],
    causes: [
      {
        cause: {
          ja: '対応していないファイル形式です。',
          en: 'The file type is not supported.',
        },
        remedy: {
          ja: 'JPEG、PNG、HEIC、WebP のいずれかの写真を選んでください。',
          en: 'Choose a JPEG, PNG, HEIC or WebP photo.',
        },
      },
      {
        cause: {
          ja: 'ファイルが大きすぎます（10 MB を超えています）。',
          en: 'The file is too large (over 10 MB).',
        },
        remedy: {
          ja: '画質やサイズを下げて撮り直すか、小さくした写真を選んでください。',
          en: 'Take the photo again at a lower size or quality, or choose a smaller copy.',
        },
      },
      {
        cause: {
          ja: '画像が小さすぎる、または画像として読み取れません。',
          en: 'The image is too small, or it cannot be read as an image.',
        },
        remedy: {
          ja: '券面全体がはっきり写るように撮り直してください。',
          en: 'Take the photo again so that the whole card face is clearly visible.',
        },
      },
    ],
    reproduce: {
      ja: '申請フォームで 20 MB のファイル、または拡張子を .jpg に変えたテキストファイルを添付する。',
      en: 'On the application form, attach a 20 MB file, or a text file renamed to .jpg.',
    },
  },

  // ----- Anywhere ----------------------------------------------------------------------------

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

  'server.unavailable': {
    where: { ja: 'すべての画面', en: 'Anywhere' },
    text: {
      ja: 'ただいまサービスを利用できません。',
      en: 'The service is not available right now.',
    },
    detail: [
      {
        ja: 'しばらくしてから、もう一度お試しください。途中まで登録された状態にはなっていません。',
        en: 'Please try again later. Nothing has been saved half-way.',
      },
      contactCentre,
    ],
    causes: [
      {
        cause: {
          ja: 'システムの障害または保守作業のため、サービスを一時的に利用できません。',
          en: 'The service is temporarily unavailable because of a system problem or maintenance.',
        },
        remedy: {
          ja: 'しばらくしてから、もう一度お試しください。登録の途中だった場合は、登録手順1からやり直してください。',
          en: 'Please try again later. If you were in the middle of registering, start again from step 1.',
        },
      },
    ],
    reproduce: {
      ja: 'データベースを停止した状態で、任意の画面を操作する。',
      en: 'Stop the database, then use any screen.',
    },
  },

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
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof errors;
export const errorCodes = Object.keys(errors) as ErrorCode[];
