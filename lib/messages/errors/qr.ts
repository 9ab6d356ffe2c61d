import type { ErrorEntry } from './types';
import { reissueRemedy } from './shared';

/** QR entry (QRコード読み取り): the `qr.*` codes. */
export const qrErrors = {
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
    reissue: true,
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
    reissue: true,
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
    reissue: true,
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
    reissue: true,
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
} as const satisfies Record<`qr.${string}`, ErrorEntry>;
