import type { Text } from './errors';

/**
 * Every label of the doctor's screens (the support console's are in support*.ts; labels.ts joins
 * them). Client components read these through label.ts, so a doctor page's bundle carries no
 * support console strings (decision 0030). Texts in 【】 in the spec are accessible names that tests and integrators use
 * verbatim: keep the Japanese exactly as it is here.
 */
export const doctorLabels = {
  'site.title': {
    ja: 'HPKI セカンド電子証明書 デバイス認証登録サイト',
    en: 'HPKI Second Certificate — Device Registration',
  },
  'site.shortTitle': { ja: 'HPKI セカンド電子証明書', en: 'HPKI Second Certificate' },
  'site.skipToContent': { ja: '本文へ移動', en: 'Skip to content' },
  'site.language': { ja: '言語', en: 'Language' },
  'site.switchToEnglish': { ja: 'English', en: 'English' },
  'site.switchToJapanese': { ja: '日本語', en: '日本語' },
  'site.footer': { ja: '日本医師会電子認証センター', en: 'JMA Certification Center' },
  'site.home': { ja: 'トップへ戻る', en: 'Back to the top' },

  'steps.nav': { ja: '登録手順', en: 'Registration steps' },
  'steps.position': { ja: '手順 {n} / {total}', en: 'Step {n} of {total}' },
  'steps.terms': { ja: '利用規約', en: 'Terms' },
  'steps.qr': { ja: 'QRコード', en: 'QR code' },
  'steps.password': { ja: 'パスワード', en: 'Password' },
  'steps.login': { ja: 'ログイン', en: 'Log in' },
  'steps.register': { ja: '登録', en: 'Register' },
  'steps.label': { ja: 'ラベル', en: 'Label' },
  'steps.complete': { ja: '完了', en: 'Done' },

  'terms.title': { ja: '利用規約', en: 'Terms of use' },
  'terms.agreeCheckbox': {
    ja: '利用規約の内容を確認して理解しました',
    en: 'I have read and understood the terms of use',
  },
  'terms.agree': { ja: '同意する', en: 'Agree' },

  'start.title': { ja: 'HPKI セカンド電子証明書の登録', en: 'Register your HPKI second certificate' },
  'start.lead': {
    ja: '初期登録用 QR コードと、生体認証（指紋・顔）または画面ロックを設定したスマートフォンをご用意ください。',
    en: 'Have your initial-registration QR card and a smartphone with biometrics (fingerprint or face) or a screen lock ready.',
  },
  'start.firstRegistration': { ja: '初回登録の方はこちら', en: 'First registration' },
  'start.login': { ja: 'ログイン', en: 'Log in' },
  'start.changeDevice': { ja: '登録してあるスマートフォンを変更', en: 'Change the registered smartphone' },
  'start.links': { ja: 'お困りの方', en: 'Help' },
  'help.faq': { ja: 'よくあるご質問', en: 'FAQ' },
  'help.errors': { ja: 'よくあるエラーメッセージ', en: 'Common error messages' },
  'help.reissue': { ja: 'QRコードの再発行', en: 'Re-issue the QR code' },

  'qr.title': { ja: '初期登録用 QR コードの読み取り', en: 'Read your initial-registration QR code' },
  'qr.lead': {
    ja: '紙カードの QR コードをカメラで読み取るか、写真から読み取るか、QR コードの下の登録コードを入力してください。',
    en: 'Scan the QR code on the card with the camera, read it from a photo, or type the registration code printed under it.',
  },
  'qr.scan': { ja: 'カメラで読み取る', en: 'Scan with the camera' },
  'qr.scanStop': { ja: 'カメラを止める', en: 'Stop the camera' },
  'qr.scanning': { ja: 'QR コードをカメラに向けてください。', en: 'Point the camera at the QR code.' },
  'qr.fromImage': { ja: '画像から読み取る', en: 'Read from an image' },
  'qr.manual': { ja: '登録コードを入力する', en: 'Enter the registration code' },
  'qr.codeField': { ja: '登録コード（20文字）', en: 'Registration code (20 characters)' },
  'qr.codeHint': {
    ja: 'QR コードの下に4文字ずつ印刷されています。小文字・全角・ハイフンのままでも入力できます。',
    en: 'Printed under the QR code in groups of four. Lower case, full-width characters and hyphens are fine.',
  },
  'qr.reading': { ja: '読み取っています…', en: 'Reading…' },

  'password.title': { ja: 'パスワード入力', en: 'Password' },
  'password.field': {
    ja: '初期登録用のパスワード（生年月日8桁）',
    en: 'Initial registration password (birth date, 8 digits)',
  },
  'password.hint': {
    ja: '西暦の生年月日8桁です（例：1980年4月1日生まれ → 19800401）。',
    en: 'Your birth date as 8 digits, year first (e.g. 1 April 1980 → 19800401).',
  },
  'password.remaining': { ja: '残り入力可能回数：{n}回', en: 'Attempts left: {n}' },
  'common.ok': { ja: 'OK', en: 'OK' },
  'common.cancel': { ja: 'キャンセル', en: 'Cancel' },
  'common.restart': { ja: '最初からやり直す', en: 'Start again' },
  'common.error': { ja: 'エラー', en: 'Error' },
  'common.whatToDo': { ja: '対処方法', en: 'What to do' },

  'login.title': { ja: 'ログイン', en: 'Log in' },
  'login.lead': {
    ja: '紙カード「初期登録用 QR コード」に記載された本人IDと同じであることを確認して【ログイン】をタップしてください。',
    en: 'Check that this is the 本人ID printed on your initial-registration QR card, then tap Log in.',
  },
  'login.username': { ja: 'Username（本人ID）', en: 'Username（本人ID）' },
  'login.submit': { ja: 'ログイン', en: 'ログイン' },

  'register.title': { ja: 'セキュリティキーの登録', en: 'Register your security key' },
  'register.lead': {
    ja: '【登録】をタップすると、スマートフォンの生体認証（または画面ロック）の画面が表示されます。',
    en: 'Tap 登録 (Register) and your phone will ask for biometrics or its screen lock.',
  },
  'register.submit': { ja: '登録', en: '登録' },
  'register.signIn': { ja: 'セキュリティキーによるサインイン', en: 'セキュリティキーによるサインイン' },
  'register.alreadyLead': {
    ja: 'この QR コードはすでにスマートフォンへ登録されています。確認する場合は【セキュリティキーによるサインイン】をタップしてください。',
    en: 'This QR card is already registered to a smartphone. To confirm, tap セキュリティキーによるサインイン (sign in with the security key).',
  },
  'register.waiting': { ja: '生体認証の画面で操作してください…', en: 'Follow the prompt on your phone…' },
  'register.cancelCeremony': { ja: '中止する', en: 'Stop' },
  'register.checking': { ja: 'お使いの端末を確認しています…', en: 'Checking your device…' },

  'label.title': { ja: 'ラベル登録', en: 'Label registration' },
  'label.lead': {
    ja: '作成した鍵をスマートフォン側で見分けるための名前です。自動で設定されているので、そのまま【OK】をタップしてください。',
    en: 'A name that tells this key apart on your phone. It is filled in for you: just tap OK.',
  },
  'label.field': { ja: 'ラベル', en: 'Label' },

  // The printed 初期登録用 QR コード card (lib/cards): the batch print run and the support console.
  'qrCard.documentTitle': { ja: '初期登録用 QR コード', en: 'Initial registration QR code' },
  'qrCard.title': {
    ja: 'HPKI セカンド電子証明書「初期登録用 QR コード」',
    en: 'HPKI Second Certificate initial registration QR code',
  },
  'qrCard.personId': { ja: '本人ID', en: 'Person ID' },
  'qrCard.cardId': { ja: 'カードID', en: 'Card ID' },
  'qrCard.expires': { ja: '有効期限', en: 'Valid until' },
  'qrCard.code': { ja: '登録コード', en: 'Registration code' },
  'qrCard.step1': {
    ja: 'スマートフォンのカメラでこの QR コードを読み取り、表示されたページを開いてください。',
    en: "Scan this QR code with your smartphone's camera and open the page it shows.",
  },
  'qrCard.step2': {
    ja: '初期登録用のパスワードは、生年月日（西暦）8桁です。パスワードは入力を5回間違えると登録ができなくなります。',
    en: 'The initial registration password is your date of birth (8 digits, western calendar). After 5 wrong entries the code can no longer be used.',
  },
  'qrCard.step3': {
    ja: 'ログイン画面の Username 欄には、このカードに記載された「本人ID」が自動で入力されます。',
    en: 'On the login screen, the Username field is filled in with the Person ID printed on this card.',
  },
  'qrCard.step4': {
    ja: 'QR コードを読み取れない場合は、登録サイトの【登録コードを入力する】で上の登録コードを入力してください。',
    en: 'If the QR code cannot be read, enter the registration code above with 【登録コードを入力する】 on the registration site.',
  },
  'qrCard.oneDevice': { ja: '※登録可能な端末は1つのみです。', en: 'Only one device can be registered.' },
  'complete.title': { ja: '登録が完了しました', en: 'Registration complete' },
  'complete.subtitle': {
    ja: 'HPKI セカンド電子証明書をこのスマートフォンに登録しました。',
    en: 'Your HPKI second certificate is now registered to this smartphone.',
  },
  'complete.label': { ja: 'ラベル', en: 'Label' },
  'complete.time': { ja: '登録日時', en: 'Registered at' },
  'complete.next': {
    ja: '登録できたかどうかは、下の【ログイン】（トップページの【ログイン】と同じです）から医籍登録番号を入力してログインすると確認できます（よくあるご質問 Q6）。',
    en: 'You can confirm the registration any time: tap Log in below (or on the top page), enter your 医籍登録番号 and sign in (FAQ Q6).',
  },

  'confirmed.title': { ja: '登録済みのスマートフォンを確認しました', en: 'Registered smartphone confirmed' },
  'confirmed.lead': {
    ja: 'このスマートフォンのセキュリティキーでサインインできました。これ以上の操作は必要ありません。券面情報は下の【ログイン】から確認できます。',
    en: 'You signed in with this phone’s security key. Nothing more needs to be done. Tap Log in below to see your card details.',
  },

  'interrupt.title': { ja: '登録を続けられません', en: 'Registration cannot continue' },
  'interrupt.inProgressTitle': { ja: '登録の手続き中です', en: 'Registration in progress' },
  'interrupt.doneTitle': { ja: '登録は完了しています', en: 'Already registered' },
  'interrupt.deviceTitle': { ja: 'スマートフォンの変更を続けられません', en: 'The smartphone change cannot continue' },
  'interrupt.deviceRegisteredTitle': {
    ja: '新しいスマートフォンは登録済みです',
    en: 'The new smartphone is registered',
  },
  'interrupt.resume': { ja: '続きから登録する', en: 'Continue the registration' },
  'interrupt.top': { ja: 'トップページへ', en: 'Go to the top page' },
  'sandbox.banner': { ja: 'サポート再現モード', en: 'Support reproduction mode' },
  'sandbox.bannerLead': {
    ja: 'サポート窓口が表示を確認するための画面です。実際の登録には使われず、24時間後に削除されます。',
    en: 'A screen for the support desk to see what a doctor saw. It registers nothing and is deleted after 24 hours.',
  },

  'faq.title': { ja: 'よくあるご質問', en: 'Frequently asked questions' },
  'errors.title': { ja: 'よくあるエラーメッセージ', en: 'Common error messages' },
  'errors.where': { ja: '表示される場面', en: 'Where it appears' },
  'errors.causes': { ja: '原因と対処', en: 'Causes and remedies' },
  'reissue.title': { ja: 'QRコードの再発行', en: 'Re-issue the QR code' },
  'reissue.needs': { ja: 'ご用意いただくもの', en: 'What you need' },
  'reissue.card.title': { ja: '医師資格証で QRコードを再発行', en: 'Re-issue the QR code with your IC card' },
  'reissue.card.unavailable': {
    ja: 'このサイトでは、医師資格証による QRコードの再発行はご利用いただけません。申請による再発行をご利用ください。',
    en: 'Re-issue with the IC card is not available on this site. Please apply for a re-issue instead.',
  },
  'reissue.card.whose': { ja: '次の医師資格証を確認しました。', en: 'We verified this doctor qualification card.' },
  'reissue.card.name': { ja: '氏名', en: 'Name' },
  'reissue.card.cardId': { ja: 'カードID', en: 'Card ID' },
  'reissue.card.lead': {
    ja: '発行すると、これまでの QRコードは使えなくなります。新しい QRコードの有効期限は 24 時間で、登録したスマートフォンが新しいデバイスに置き換わります。',
    en: 'Issuing makes your earlier QR codes unusable. The new QR code is valid for 24 hours, and registering with it replaces your registered phone.',
  },
  'reissue.card.issue': { ja: 'QRコードを発行する', en: 'Issue a QR code' },
  'reissue.card.start': { ja: '医師資格証で再発行する', en: 'Re-issue with the IC card' },
  'reissue.card.issued': {
    ja: '新しい QRコードを発行しました。新しいスマートフォンで読み取ってください。',
    en: 'A new QR code was issued. Scan it with your new phone.',
  },
  'contact.title': { ja: 'お問い合わせ', en: 'Contact' },

  'notFound.title': { ja: 'ページが見つかりません', en: 'Page not found' },
  'notFound.lead': {
    ja: 'お探しのページはありません。URL をご確認いただくか、下のリンクからお進みください。',
    en: 'There is no page at this address. Check the URL, or go on with one of the links below.',
  },

  'signin.title': { ja: 'ログイン', en: 'Log in' },
  'signin.lead': {
    ja: '医籍登録番号を入力して【ログイン】をタップし、登録したスマートフォンの生体認証（または画面ロック）で本人確認をしてください。',
    en: 'Enter your 医籍登録番号 (medical registration number), tap ログイン and confirm with the registered phone’s biometrics or screen lock.',
  },
  'signin.mrn': { ja: '医籍登録番号', en: '医籍登録番号' },
  'signin.submit': { ja: 'ログイン', en: 'ログイン' },
  'card.title': { ja: '券面情報', en: 'Card details' },
  'card.name': { ja: '氏名', en: 'Name' },
  'card.kana': { ja: 'フリガナ', en: 'Name (kana)' },
  'card.mrn': { ja: '医籍登録番号', en: 'Medical registration number' },
  'card.qualification': { ja: '資格', en: 'Qualification' },
  'card.doctor': { ja: '医師', en: 'Physician (医師)' },
  'card.cardId': { ja: 'カードID', en: 'Card ID' },
  'card.validity': { ja: '証明書の有効期間', en: 'Certificate validity' },
  'card.device': { ja: '登録済みのスマートフォン', en: 'Registered smartphone' },
  'card.deviceLabel': { ja: 'ラベル', en: 'Label' },
  'card.registeredAt': { ja: '登録日時', en: 'Registered' },
  'card.lastUsedAt': { ja: '最終利用日時', en: 'Last used' },
  'card.never': { ja: '—', en: '—' },
  'card.done': {
    ja: 'HPKI セカンド電子証明書はこのスマートフォンに正しく登録されています。',
    en: 'Your HPKI second certificate is correctly registered to this smartphone.',
  },
  'card.logout': { ja: 'ログアウト', en: 'ログアウト' },

  'device.title': { ja: '登録してあるスマートフォンを変更', en: 'Change the registered smartphone' },
  'device.lead': {
    ja: '新しいスマートフォンでこの画面を開いています。まず、いま登録されているパスキーで本人確認をします。以前のスマートフォンを近くに用意してください（画面に QR コードが表示されたら、以前のスマートフォンで読み取ります）。',
    en: 'You are on the new smartphone. First confirm it is you with the passkey registered now: keep the old phone at hand (if a QR code appears, scan it with the old phone).',
  },
  'device.verifyOld': { ja: '登録済みのパスキーで本人確認', en: 'Confirm with the registered passkey' },
  'device.registerTitle': { ja: '新しいスマートフォンの登録', en: 'Register the new smartphone' },
  'device.registerLead': {
    ja: '本人確認ができました。5分以内に【登録】をタップして、このスマートフォンを登録してください。以前のスマートフォンの登録は、新しい登録と同時に解除されます。',
    en: 'Confirmed. Within 5 minutes, tap 登録 (Register) to register this smartphone. The old phone’s registration ends at the same moment.',
  },
  'device.completeTitle': { ja: 'スマートフォンの変更が完了しました', en: 'Smartphone changed' },
  'device.completeLead': {
    ja: 'これからは、このスマートフォンで HPKI セカンド電子証明書を利用できます。以前のスマートフォンは利用できなくなりました。',
    en: 'From now on this smartphone unlocks your HPKI second certificate. The old phone can no longer be used.',
  },
} as const satisfies Record<string, Text>;

export type DoctorLabelKey = keyof typeof doctorLabels;
