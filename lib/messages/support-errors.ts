import type { Text } from './errors/types';

/**
 * The console's error catalogue page (/support/errors, issue 8 #5): its headings, the 再現する
 * button and how each entry is reproduced (lib/sandbox/recipes.ts `how`). Spread into `labels`.
 */
export const supportErrorLabels = {
  'support.nav.errors': { ja: 'エラーメッセージと再現', en: 'Messages and reproduction' },
  'support.home.errorsLink': {
    ja: 'エラーメッセージの一覧と再現（サポート再現モード）',
    en: 'The message catalogue, with reproduction (support reproduction mode)',
  },
  'support.errors.title': { ja: 'エラーメッセージと再現', en: 'Messages and how to reproduce them' },
  'support.errors.lead': {
    ja: '医師の画面に表示されるすべてのメッセージです。【再現する】を押すと、その状態のサンドボックス（架空の医師・QRコード・登録状況）を作り、医師の画面を新しいタブで開きます。サンドボックスは検索や実際のデータに混ざらず、24時間後に削除されます。',
    en: 'Every message a doctor can see. 【再現する】 (reproduce) creates a sandbox in that state (a fictitious doctor, QR code and registration) and opens the doctor’s screen in a new tab. Sandboxes never mix with lookups or real data and are deleted after 24 hours.',
  },
  'support.errors.birthDate': {
    ja: 'サンドボックスの医師の生年月日（パスワード）は {date} です。',
    en: 'The sandbox doctor’s birth date (the password) is {date}.',
  },
  'support.errors.code': { ja: 'コード', en: 'Code' },
  'support.errors.textJa': { ja: '表示される文（日本語）', en: 'Text shown (Japanese)' },
  'support.errors.textEn': { ja: '表示される文（英語）', en: 'Text shown (English)' },
  'support.errors.where': { ja: '表示される場面', en: 'Where it appears' },
  'support.errors.reproduce': { ja: '再現方法', en: 'How to reproduce it' },
  'support.errors.reproduceButton': { ja: '再現する', en: 'Reproduce' },
  'support.errors.how.state': {
    ja: '【再現する】: サンドボックスをこの状態にして開きます。表示はサイトの通常の判定によるものです。',
    en: '【再現する】: the sandbox is put in this state and opened; the site’s own rules show the message.',
  },
  'support.errors.how.notice': {
    ja: '【再現する】: 入力が受け付けられなかった直後の状態（サイトが保存するメッセージと QR コードの状態）を作って開きます。',
    en: '【再現する】: the state right after the refused entry (the message the site stores, and the QR code’s state) is set up and opened.',
  },
  'support.errors.how.simulated': {
    ja: '【再現する】: スマートフォンの認証器やブラウザーでしか起こらないため、このサンドボックスに限りサーバーがその結果を模擬します（ボタンを押すと表示されます）。実機での起こし方は「再現方法」をご覧ください。',
    en: '【再現する】: only a phone’s authenticator or browser can cause this, so the server simulates that outcome for this sandbox only (it appears when the button is pressed). See “How to reproduce it” for a real device.',
  },
  'support.errors.how.page': {
    ja: '【再現する】: この状況でサイトが表示する画面を開きます。',
    en: '【再現する】: opens the page the site shows in this situation.',
  },
} as const satisfies Record<string, Text>;
