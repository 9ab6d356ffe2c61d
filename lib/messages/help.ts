import type { Text } from './errors';

export type HelpLink = { href: string; label: Text };

/**
 * The certification centre's contact details, as the seed manual gives them: its name, 「エラーが
 * 解消しない場合は、日本医師会電子認証センターまでお問い合わせください」 and its web pages. The manual
 * names no telephone number or e-mail address, so none is shown; a deployment that has them adds
 * them here.
 */
export const centre: { lead: Text; links: HelpLink[] } = {
  lead: {
    ja: 'エラーが解消しない場合や、ご不明な点がある場合は、日本医師会電子認証センターまでお問い合わせください。',
    en: 'If an error does not go away, or anything is unclear, contact the JMA Certification Center (日本医師会電子認証センター).',
  },
  links: [
    {
      href: 'https://www.jmaca.med.or.jp/',
      label: { ja: '日本医師会電子認証センターの Web ページ', en: 'JMA Certification Center website' },
    },
    {
      href: 'https://www.jmaca.med.or.jp/service/data/HPKI2nd_PFerror.pdf',
      label: {
        ja: 'エラー対応マニュアル（電子認証センター、PDF）',
        en: 'Error handling manual (JMA Certification Center, PDF)',
      },
    },
  ],
};

export type ReissueWay = {
  id: 'card' | 'apply';
  title: Text;
  /** When to choose this way, in one line. */
  when: Text;
  body: Text[];
  /** What the doctor needs at hand (a checklist). */
  needs: Text[];
  /** The way's own page on this site, as a button. */
  start?: { to: 'reissueApply' | 'reissueCard'; label: Text };
  links: HelpLink[];
};

/** QRコードの再発行 (manual FAQ A5): when it is needed and the two ways, with where each goes on. */
export const reissue: { lead: Text; ways: ReissueWay[] } = {
  lead: {
    ja: '初期登録用 QR コードを紛失した、パスワードを5回間違えてロックされた、有効期限が切れた、以前のスマートフォンが手元になく機種変更ができない、といった場合は、初期登録用 QR コードの再発行が必要です。ご利用状況に合わせて、次のどちらかの方法をお選びください。',
    en: 'If the initial-registration QR code is lost, locked after five wrong passwords or expired, or the old phone is gone so the smartphone cannot be changed, the QR code must be re-issued. Choose one of the two ways below.',
  },
  ways: [
    {
      id: 'card',
      title: {
        ja: '医師資格証と、医師資格証を読み取れるパソコンをお持ちの場合（即日）',
        en: 'With your doctor qualification card and a PC that can read it (same day)',
      },
      when: {
        ja: '医師資格証がお手元にあり、医師資格証を読み取れる Windows のパソコンをお使いになれる場合は、こちらが早くて確実です。',
        en: 'If you have your doctor qualification card at hand and can use a Windows PC that reads it, this is the quickest way.',
      },
      needs: [
        { ja: '医師資格証（HPKI カード）', en: 'Your doctor qualification card (HPKI card)' },
        {
          ja: '動作確認済みの IC カードリーダ（HPKI カードドライバのページに機種の一覧があります）',
          en: 'A tested IC card reader (the HPKI card driver page lists the models)',
        },
        {
          ja: '「HPKI カードドライバ」をインストールした、インターネットにつながる Windows のパソコン（MacOS は対応していません）',
          en: 'A Windows PC connected to the internet with the HPKI card driver installed (macOS is not supported)',
        },
        {
          ja: '新しい QR コードを読み取るスマートフォン',
          en: 'The smartphone that will scan the new QR code',
        },
      ],
      body: [
        {
          ja: 'パソコンの画面に初期登録用 QR コードを表示し、その QR コードをスマートフォンで読み取って登録します。その日のうちに発行・登録できます。手順は利用者マニュアルの5〜7ページをご覧ください。',
          en: 'A new QR code is shown on the PC screen; scan it with the smartphone and register the same day. The user manual, pages 5 to 7, describes the steps.',
        },
        {
          ja: 'パソコンには「HPKI カードドライバ」をインストールし、動作確認済みの「IC カードリーダ」を接続してください（MacOS は対応していません）。',
          en: 'The PC needs the HPKI card driver installed and a tested IC card reader connected (macOS is not supported).',
        },
      ],
      links: [
        {
          href: 'https://www.jmaca.med.or.jp/service/data/HPKI2nd_PFuser.pdf',
          label: { ja: '利用者マニュアル（PDF、5〜7ページ）', en: 'User manual (PDF, pages 5–7)' },
        },
        {
          href: 'https://www.jmaca.med.or.jp/service/index.html#01',
          label: { ja: 'HPKI カードドライバのダウンロードページ', en: 'HPKI card driver download page' },
        },
      ],
    },
    {
      id: 'apply',
      title: {
        ja: '医師資格証がお手元にない場合、または読み取れるパソコンをお持ちでない場合（申請）',
        en: 'Without the card, or without a PC that can read it (application)',
      },
      when: {
        ja: '医師資格証がお手元にない場合や、読み取れるパソコンをお使いになれない場合は、申請してください。新しい初期登録用 QR コードは郵送でお届けします（1カ月〜1.5カ月）。',
        en: 'Without the card, or without a PC that can read it, apply: the new initial-registration QR code is posted to you (1 to 1.5 months).',
      },
      needs: [
        {
          ja: '医師資格証、または初期登録用 QR コードの券面全体を写した写真',
          en: 'A photo of the whole face of your doctor qualification card or of your QR card',
        },
        {
          ja: 'カード ID、医籍登録番号、ご住所などの申請内容',
          en: 'Your card ID, medical registration number, address and the other details of the application',
        },
      ],
      body: [
        {
          ja: 'このサイトの申請フォームから申請できます。カード ID、氏名、生年月日、医籍登録番号、ご住所などを入力し、券面の写真を添えて【確認画面へ】、内容を確認して【申請する】を押すと、受付番号が表示されます。新しい初期登録用 QR コードの発行・発送まで、申請から1カ月〜1.5カ月ほどかかります。',
          en: 'Apply with the form on this site: enter your card ID, name, date of birth, medical registration number, address and the other details, attach a photo of the card face, press 【Continue to confirmation】, check the details and press 【Apply】 to get a reference number. Issuing and posting the new QR code card take about 1 to 1.5 months.',
        },
        {
          ja: '初期登録用 QR コードだけをお持ちの場合も、「すでに医師資格証をお持ちですか?」には「はい」を選び、カード ID には初期登録用 QR コードに記載のカード ID を入力してください。',
          en: 'If you only have the QR card, answer はい (yes) to 「すでに医師資格証をお持ちですか?」 and enter the card ID printed on the QR card.',
        },
        {
          ja: '添付する写真は、医師資格証または初期登録用 QR コードの券面全体がわかるものにしてください（JPEG・PNG・WebP、10 MB 以下）。顔写真や QR コードだけの写真では受け付けられません。スマートフォンでは、その場でカメラで撮影することもできます。',
          en: 'The photo must show the whole face of the doctor qualification card or of the QR card (JPEG, PNG or WebP, 10 MB or less); a photo of only the face picture or only the QR code is refused. On a smartphone you can take it with the camera there and then.',
        },
      ],
      start: { to: 'reissueApply', label: { ja: '申請フォームへ', en: 'Go to the application form' } },
      links: [],
    },
  ],
};
