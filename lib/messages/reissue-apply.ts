import type { Text } from './errors';

/**
 * The re-issue application's texts (issue 9 #3): form labels and hints (`reissueApply.*`), the
 * form's field errors (`reissueApply.invalid.*`, the messages of lib/applications/form.ts) and why
 * a photo is refused (`reissueApply.photoReason.*`, the `{reason}` of `reissue.photoRejected`).
 * Spread into `labels`. Texts in 【】 are accessible names that tests use verbatim.
 */
export const reissueApplyLabels = {
  'reissueApply.title': { ja: '申請による QRコードの再発行', en: 'QR code reissue by application' },
  'reissueApply.lead': {
    ja: '次の項目を入力し、医師資格証または紙カード「初期登録用 QR コード」の券面の写真を添えて申請してください。新しい初期登録用 QR コードは、ご登録の住所へ郵送します。',
    en: 'Fill in the details below and attach a photo of the face of your doctor qualification card or of the paper initial-registration QR code card. The new QR code card is posted to your address.',
  },
  'reissueApply.cardId.hint': {
    ja: '医師資格証、または初期登録用 QR コードに記載されている英数字12文字です。',
    en: 'The 12 letters and digits printed on your doctor qualification card or on the QR code card.',
  },
  'reissueApply.birthDate.hint': { ja: '西暦8桁（例: 19800401）', en: '8 digits (e.g. 19800401)' },
  'reissueApply.photo.kept': {
    ja: '確認済みの写真があります。写真を変える場合だけ、選び直してください。',
    en: 'A checked photo is kept. Choose a photo again only to replace it.',
  },
  'reissueApply.photo.preview': { ja: '添付した券面の写真', en: 'The attached photo of the card face' },
  'reissueApply.photo.checking': { ja: '写真を確認しています…', en: 'Checking the photo…' },
  'reissueApply.toConfirm': { ja: '確認画面へ', en: 'Continue to confirmation' },
  'reissueApply.confirmTitle': { ja: '申請内容の確認', en: 'Check your application' },
  'reissueApply.confirmLead': {
    ja: '内容を確認し、よろしければ【申請する】を押してください。直す場合は【修正する】を押してください。',
    en: 'Check the details. Press 【Apply】 to send them, or 【Correct】 to change something.',
  },
  'reissueApply.edit': { ja: '修正する', en: 'Correct' },
  'reissueApply.submit': { ja: '申請する', en: 'Apply' },
  'reissueApply.receivedTitle': { ja: '申請を受け付けました', en: 'Your application has been received' },
  'reissueApply.receipt': { ja: '受付番号', en: 'Reference number' },
  'reissueApply.receivedLead': {
    ja: '新たに初期登録用 QR コードを発行します。発行及び発送まではご申請より1カ月~1.5カ月ほどかかります。',
    en: 'A new initial-registration QR code will be issued. Issuing and posting take about 1 to 1.5 months from the application.',
  },
  'reissueApply.receivedKeep': {
    ja: 'お問い合わせの際は、この受付番号をお伝えください。',
    en: 'Please quote this reference number if you contact us.',
  },
  'reissueApply.duplicate': {
    ja: '同じ内容の申請をすでに受け付けています。受付番号は前回と同じです。',
    en: 'The same application has already been received; its reference number is the same as before.',
  },
  'reissueApply.hasCard': {
    ja: 'すでに医師資格証をお持ちですか?',
    en: 'Do you already have a doctor qualification card (医師資格証)?',
  },
  'reissueApply.hasCard.yes': { ja: 'はい', en: 'Yes' },
  'reissueApply.hasCard.no': { ja: 'いいえ', en: 'No' },
  'reissueApply.hasCard.hint': {
    ja: '紙カード「初期登録用 QR コード」だけをお持ちの方も「はい」を選んでください。',
    en: 'If you only have the paper initial-registration QR code card, also choose "Yes".',
  },
  'reissueApply.cardId': { ja: 'カードID', en: 'Card ID' },
  'reissueApply.name': { ja: '氏名', en: 'Name' },
  'reissueApply.kana': { ja: 'フリガナ', en: 'Name in katakana (フリガナ)' },
  'reissueApply.birthDate': { ja: '生年月日', en: 'Date of birth' },
  'reissueApply.medicalRegistrationNumber': { ja: '医籍登録番号', en: 'Medical registration number' },
  'reissueApply.postalCode': { ja: '郵便番号', en: 'Postal code' },
  'reissueApply.address': { ja: '住所', en: 'Address' },
  'reissueApply.phone': { ja: '電話番号', en: 'Phone number' },
  'reissueApply.email': { ja: 'メールアドレス', en: 'Email address' },
  'reissueApply.reason': { ja: '再発行の理由', en: 'Reason for the reissue' },
  'reissueApply.reason.qrLost': { ja: 'QRコードの紛失', en: 'Lost QR code' },
  'reissueApply.reason.passwordLocked': { ja: 'パスワードロック', en: 'Password locked' },
  'reissueApply.reason.expired': { ja: '有効期限切れ', en: 'Expired' },
  'reissueApply.reason.phoneLost': {
    ja: 'スマートフォンの紛失・故障',
    en: 'Smartphone lost or broken',
  },
  'reissueApply.reason.other': { ja: 'その他', en: 'Other' },
  'reissueApply.photo': { ja: '券面の写真', en: 'Photo of the card face' },
  'reissueApply.photo.hint': {
    ja: '医師資格証または紙カードの券面全体を写してください（JPEG・PNG・WebP、10 MB 以下、1000×600 ピクセル以上）。顔写真だけ、QR コードだけの写真はお受けできません。',
    en: 'Show the whole face of the card (JPEG, PNG or WebP, 10 MB or less, at least 1000 × 600 pixels). A photo of only your face or only the QR code cannot be accepted.',
  },

  'reissueApply.invalid.required': { ja: '入力してください。', en: 'Please fill this in.' },
  'reissueApply.invalid.tooLong': { ja: '長すぎます。', en: 'This is too long.' },
  'reissueApply.invalid.hasCard': { ja: '「はい」か「いいえ」を選んでください。', en: 'Choose Yes or No.' },
  'reissueApply.invalid.cardId': {
    ja: 'カードIDは英数字12文字です。',
    en: 'The card ID is 12 letters and digits.',
  },
  'reissueApply.invalid.kana': { ja: 'カタカナで入力してください。', en: 'Please write it in katakana.' },
  'reissueApply.invalid.birthDate': {
    ja: '生年月日を西暦8桁（例: 19800401）で入力してください。',
    en: 'Enter your date of birth as 8 digits (e.g. 19800401).',
  },
  'reissueApply.invalid.medicalRegistrationNumber': {
    ja: '医籍登録番号は6桁までの数字です。',
    en: 'The medical registration number is up to 6 digits.',
  },
  'reissueApply.invalid.postalCode': {
    ja: '郵便番号は7桁の数字です。',
    en: 'The postal code is 7 digits.',
  },
  'reissueApply.invalid.phone': {
    ja: '電話番号は10桁か11桁の数字です。',
    en: 'The phone number is 10 or 11 digits.',
  },
  'reissueApply.invalid.email': {
    ja: 'メールアドレスの形式が正しくありません。',
    en: 'This is not a valid email address.',
  },
  'reissueApply.invalid.reason': { ja: '再発行の理由を選んでください。', en: 'Choose a reason.' },

  'reissueApply.photoReason.missing': { ja: '写真が選ばれていません', en: 'no photo was chosen' },
  'reissueApply.photoReason.unsupportedType': {
    ja: 'JPEG・PNG・WebP の画像ではありません',
    en: 'the file is not a JPEG, PNG or WebP image',
  },
  'reissueApply.photoReason.heicUnsupported': {
    ja: 'HEIC 形式の写真はここでは読み取れません。カメラの設定で「互換性優先」を選ぶか、JPEG で保存し直してください',
    en: 'HEIC photos cannot be read here; set the camera to "Most Compatible" or save the photo as JPEG',
  },
  'reissueApply.photoReason.tooLarge': { ja: '10 MB を超えています', en: 'the file is over 10 MB' },
  'reissueApply.photoReason.tooSmall': {
    ja: '1000×600 ピクセルより小さい画像です',
    en: 'the image is smaller than 1000 × 600 pixels',
  },
  'reissueApply.photoReason.unreadable': {
    ja: '画像として読み取れません',
    en: 'the file cannot be read as an image',
  },
} as const satisfies Record<string, Text>;
