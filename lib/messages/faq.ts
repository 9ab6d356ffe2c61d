import type { Text } from './errors';
import type { LabelKey } from './labels';
import { path } from '@/lib/routes';

/** The manual's FAQ (Q1–Q6), worded for this site; `link` is where the answer says to go. */
export const faq: Array<{ id: string; q: Text; a: Text[]; link?: { href: string; label: LabelKey } }> = [
  {
    id: 'q1',
    q: {
      ja: 'Q1. スマートフォンの機種変更を行った場合は、どのように対応すればよいですか。',
      en: 'Q1. I changed my smartphone. What should I do?',
    },
    a: [
      {
        ja: 'HPKI セカンド電子証明書は1台のスマートフォンにのみ登録できるため、新しいスマートフォンに登録し直す必要があります。このサイトのトップページの【登録してあるスマートフォンを変更】から、以前のスマートフォン（またはそのパスキー）で本人確認をしたうえで、新しいスマートフォンを登録してください。',
        en: 'The certificate can be registered to one smartphone only, so register it again on the new phone: on the top page choose 登録してあるスマートフォンを変更 (change the registered smartphone), confirm with the old phone (or its passkey), then register the new phone.',
      },
      {
        ja: '以前のスマートフォンが手元にない場合は、QRコードの再発行が必要です（Q5）。',
        en: 'If you no longer have the old phone, the QR code must be re-issued (Q5).',
      },
    ],
    link: { href: path('device'), label: 'start.changeDevice' },
  },
  {
    id: 'q2',
    q: {
      ja: 'Q2. 登録の途中でブラウザの「戻る」を押してしまいました。どうすればよいですか。',
      en: 'Q2. I pressed the browser’s Back button during registration. What now?',
    },
    a: [
      {
        ja: '登録手順1からもう一度登録をしてください。画面の【最初からやり直す】から始められます。',
        en: 'Start again from step 1: the 最初からやり直す (start again) button takes you there.',
      },
    ],
  },
  {
    id: 'q3',
    q: {
      ja: 'Q3. HPKI セカンド電子証明書は、複数の端末に登録できますか。',
      en: 'Q3. Can I register the certificate on several devices?',
    },
    a: [
      {
        ja: 'できません。HPKI セカンド電子証明書は1台の端末にのみ登録できます。また、1台の端末に複数の HPKI セカンド電子証明書を登録することもできません。',
        en: 'No. The certificate can be registered on one device only, and one device cannot hold more than one certificate.',
      },
    ],
  },
  {
    id: 'q4',
    q: { ja: 'Q4. HPKI セカンド電子証明書の登録は必須ですか。', en: 'Q4. Is registration mandatory?' },
    a: [{ ja: '必須ではありません。', en: 'No, it is optional.' }],
  },
  {
    id: 'q5',
    q: {
      ja: 'Q5. 初期登録用 QR コードが使用できません（紛失した、パスワードを5回間違えてロックされた、有効期限が切れた など）。',
      en: 'Q5. My initial-registration QR code cannot be used (lost, locked after five wrong passwords, expired…).',
    },
    a: [
      {
        ja: '初期登録用 QR コードの再発行が必要です。医師資格証と、医師資格証を読み取れるパソコンをお持ちの場合は、パソコンの画面に QR コードを表示してその日のうちに登録できます。お持ちでない場合は申請により新しい QR コードを発行します（発送まで1カ月〜1.5カ月ほどかかります）。',
        en: 'The QR code must be re-issued. With your doctor qualification card and a PC that can read it, a new QR code is shown on the PC screen and you can register the same day. Otherwise apply for a new QR card (about 1 to 1.5 months until it is sent).',
      },
    ],
    link: { href: path('reissue'), label: 'help.reissue' },
  },
  {
    id: 'q6',
    q: {
      ja: 'Q6. 正しく登録されたかを確認するにはどうすればよいですか。',
      en: 'Q6. How can I check that the registration worked?',
    },
    a: [
      {
        ja: 'トップページの【ログイン】から医籍登録番号を入力し、登録したスマートフォンで生体認証を行ってください。医師資格証の券面情報が表示されれば、登録は完了しています。',
        en: 'Choose ログイン on the top page, enter your 医籍登録番号 (medical registration number) and confirm with the registered phone. If your card details appear, the registration is complete.',
      },
    ],
    link: { href: path('login'), label: 'start.login' },
  },
];
