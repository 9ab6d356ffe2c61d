import type { ErrorEntry } from './types';
import { contactCentre } from './shared';

/** Sign-in with a registered passkey: the `auth.*` codes. */
export const authErrors = {
  'auth.invalidResult': {
    reissue: true,
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
} as const satisfies Record<`auth.${string}`, ErrorEntry>;
