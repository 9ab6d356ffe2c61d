import type { Text } from './errors';

/**
 * The terms of use, rendered by the server page only (app/(doctor)/page.tsx); kept out of
 * doctor-labels.ts so that client bundles do not carry them (decision 0030).
 */
export const termsLabels = {
  'terms.body': {
    ja: [
      'このサイトは、日本医師会電子認証センターが発行する HPKI セカンド電子証明書を、あなたのスマートフォンのパスキー（生体認証または画面ロック）と紐付けるためのサイトです。',
      '登録できるのは、医師資格証とともに交付された「初期登録用 QR コード」をお持ちのご本人だけです。他人の QR コードで登録することはできません。',
      '登録したスマートフォンは、電子処方箋などへの電子署名のときに本人確認に使われます。スマートフォンの管理（画面ロックや生体認証の設定）はご本人の責任で行ってください。',
      '登録できるスマートフォンは1台だけです。1台のスマートフォンに複数の証明書を登録することもできません。',
      '初期登録用のパスワード（生年月日8桁）を5回間違えると、その QR コードは使用できなくなり、再発行が必要になります。',
      '登録の操作や結果は、不正利用の防止のために記録されます。生年月日や登録コードそのものは記録しません。',
      '本サービスの内容は予告なく変更されることがあります。変更後の規約は、このページに掲載した時点から適用されます。',
    ].join('\n'),
    en: [
      'This site binds the HPKI second certificate issued by the JMA Certification Center to a passkey on your smartphone (biometrics or screen lock).',
      'Only the person named on the initial-registration QR card, issued with the doctor qualification card, may register. You cannot register with someone else’s QR card.',
      'The registered smartphone confirms your identity when you sign e-prescriptions and other documents. Keep its screen lock and biometrics under your own control.',
      'Only one smartphone can be registered, and one smartphone cannot hold more than one certificate.',
      'Five wrong registration passwords (your birth date, 8 digits) make the QR card unusable; it then has to be re-issued.',
      'Registration steps and their results are recorded to prevent misuse. Your birth date and registration code themselves are never recorded.',
      'This service may change without notice. Changed terms apply from the moment they are posted on this page.',
    ].join('\n'),
  },
} as const satisfies Record<string, Text>;
