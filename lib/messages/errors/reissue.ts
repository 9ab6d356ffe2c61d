import type { ErrorEntry } from './types';

/** QR code re-issue by application: the `reissue.*` codes. */
export const reissueErrors = {
  'reissue.cardCertificateInvalid': {
    reissue: true,
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
    exampleParams: { reason: '1000×600 ピクセルより小さい画像です' },
    detail: [
      { ja: '理由: {reason}', en: 'Reason: {reason}' },
      {
        ja: '医師資格証または紙カード「初期登録用 QR コード」の券面全体が写った写真（JPEG、PNG、WebP、10 MB 以下）を選び直してください。',
        en: 'Please choose a photo showing the whole face of your doctor qualification card or of the initial-registration QR code card (JPEG, PNG or WebP, 10 MB or less).',
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
          ja: 'JPEG、PNG、WebP のいずれかの写真を選んでください（HEIC はカメラの設定で「互換性優先」にすると JPEG で撮影できます）。',
          en: 'Choose a JPEG, PNG or WebP photo (for HEIC, set the camera to "Most Compatible" to take JPEG photos).',
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
          ja: '写真が選ばれていません。',
          en: 'No photo was chosen.',
        },
        remedy: {
          ja: '「券面の写真」で写真を選ぶか、スマートフォンのカメラで券面を撮影してください。',
          en: 'Choose a photo under 「券面の写真」 (Photo of the card face), or take one with the phone’s camera.',
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
      ja: '申請フォーム（/reissue/apply）で、20 MB のファイル、拡張子を .jpg に変えたテキストファイル、200×100 ピクセルの画像、または HEIC の写真を添付して【確認画面へ】を押す（JavaScript を切っても、サーバーが同じ理由で断る）。',
      en: 'On the application form (/reissue/apply), attach a 20 MB file, a text file renamed to .jpg, a 200 × 100 pixel image or a HEIC photo and press 【Continue to confirmation】 (with JavaScript off, the server refuses it for the same reason).',
    },
  },
} as const satisfies Record<`reissue.${string}`, ErrorEntry>;
