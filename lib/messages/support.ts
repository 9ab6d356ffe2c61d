import type { Text } from './errors';
import { applicationStaffMessages, supportApplicationLabels } from './support-applications';

/**
 * The support console's texts (issue 8): its screen labels (`support.*`) and the answers a staff
 * request can get (`staff.*`, the codes `lib/authz` and the staff endpoints answer with). Kept out
 * of the doctors' error catalogue: a doctor never meets these, so they have no place on the help
 * page nor a sandbox recipe. Spread into `labels`, so `t(lang, code)` reads them like any label.
 * Texts in 【】 are accessible names that tests use verbatim.
 */
export const staffMessages = {
  'staff.signin_required': {
    ja: 'サポート用のアカウントでサインインしてください。',
    en: 'Please sign in with your support staff account.',
  },
  'staff.forbidden': {
    ja: 'この操作を行う権限がありません。管理者にお問い合わせください。',
    en: 'Your role does not allow this. Please ask an administrator.',
  },
  'staff.reauthRequired': {
    ja: 'この操作の前に、パスキーでもう一度本人確認をしてください（5分以内のサインインが必要です）。',
    en: 'Please confirm it is you with your passkey before this action (a sign-in within the last 5 minutes is needed).',
  },
  'staff.enrolmentUnknown': {
    ja: 'この登録用リンクは確認できませんでした。リンクを最後まで正しく開いたかご確認ください。',
    en: 'This enrolment link could not be found. Please check that the whole link was opened.',
  },
  'staff.enrolmentUsed': {
    ja: 'この登録用リンクはすでに使用されています。新しいリンクの発行を管理者に依頼してください。',
    en: 'This enrolment link has already been used. Please ask an administrator for a new one.',
  },
  'staff.enrolmentExpired': {
    ja: 'この登録用リンクは有効期限（発行から24時間）が切れています。新しいリンクの発行を管理者に依頼してください。',
    en: 'This enrolment link has expired (links work for 24 hours). Please ask an administrator for a new one.',
  },
  'staff.enrolmentDisabled': {
    ja: 'このアカウントは無効になっているため、登録できません。',
    en: 'This account has been disabled, so it cannot be enrolled.',
  },
  'staff.passkeyInvalid': {
    ja: 'パスキーを登録できませんでした。画面を開き直して、もう一度お試しください。',
    en: 'The passkey could not be registered. Please reopen this page and try again.',
  },
  'staff.signinFailed': {
    ja: 'サインインできませんでした。このサイトに登録したスタッフ用のパスキーを選んでください。',
    en: 'Sign-in failed. Please choose the staff passkey you registered for this site.',
  },
  'staff.ceremonyCancelled': {
    ja: 'パスキーの操作がキャンセルされたか、時間切れになりました。もう一度お試しください。',
    en: 'The passkey prompt was cancelled or timed out. Please try again.',
  },
  'staff.passkeyUnsupported': {
    ja: 'このブラウザーはパスキーに対応していません。最新のブラウザーをご利用ください。',
    en: 'This browser does not support passkeys. Please use an up-to-date browser.',
  },
  'staff.nameInvalid': {
    ja: '氏名を1〜100文字で入力してください（改行や制御文字は使えません）。',
    en: 'Please enter a name of 1 to 100 characters (no line breaks or control characters).',
  },
  'staff.unknownAccount': {
    ja: 'このスタッフアカウントは見つかりませんでした。一覧を開き直してください。',
    en: 'This staff account could not be found. Please reload the list.',
  },
  'staff.alreadyDisabled': {
    ja: 'このスタッフアカウントはすでに無効です。',
    en: 'This staff account is already disabled.',
  },
  'staff.cannotDisableSelf': {
    ja: '自分自身のアカウントは無効にできません。ほかの管理者に依頼してください。',
    en: 'You cannot disable your own account. Please ask another administrator.',
  },
  // The admin actions on a holder (issue 8 #3).
  'staff.holderUnknown': {
    ja: 'この名義人は見つかりませんでした（サンドボックスの名義人には操作できません）。',
    en: 'This holder could not be found (sandbox holders cannot be acted on).',
  },
  'staff.noOpenTickets': {
    ja: '無効化できる QR コードはありません。',
    en: 'There is no open QR code to expire.',
  },
  'staff.noActiveDevice': {
    ja: '無効化できるデバイスはありません。',
    en: 'There is no active device to revoke.',
  },
  'staff.reasonRequired': {
    ja: '操作の理由を入力してください（200文字まで）。',
    en: 'Please enter the reason for this action (up to 200 characters).',
  },
  'staff.unknownErrorCode': {
    ja: 'このメッセージは一覧にありません。一覧から選んで【再現する】を押してください。',
    en: 'This message is not in the catalogue. Choose one from the list and press 【再現する】.',
  },
  // The audit log's filters (issue 8 #6): a bad filter changes nothing and lists nothing.
  'staff.auditDateInvalid': {
    ja: '日時は「2026-12-03」または「2026-12-03T09:30」の形で入力してください（日本時間）。',
    en: 'Please enter times as 2026-12-03 or 2026-12-03T09:30 (Japan time).',
  },
  'staff.auditRangeInvalid': {
    ja: '開始日時は終了日時より前にしてください。',
    en: 'The start must be before the end.',
  },
  'staff.auditHolderInvalid': {
    ja: '名義人は本人ID（10桁）、カードID（12文字）または医籍登録番号（6桁まで）で指定してください。',
    en: 'Please name the holder by person ID (10 digits), card ID (12 characters) or medical registration number (up to 6 digits).',
  },
  'staff.auditFilterInvalid': {
    ja: '検索条件を読み取れませんでした。条件を選び直して【絞り込む】を押してください。',
    en: 'The filters could not be read. Please choose them again and press 【絞り込む】.',
  },
  // The review of re-issue applications (issue 9 #3).
  ...applicationStaffMessages,
} as const satisfies Record<`staff.${string}`, Text>;

export type StaffMessageCode = keyof typeof staffMessages;

export function isStaffMessageCode(code: string): code is StaffMessageCode {
  return Object.hasOwn(staffMessages, code);
}

export const supportLabels = {
  'support.title': { ja: 'HPKI サポートコンソール', en: 'HPKI support console' },
  'support.nav': { ja: 'コンソールのメニュー', en: 'Console menu' },
  'support.nav.home': { ja: 'ホーム', en: 'Home' },
  'support.nav.staff': { ja: 'スタッフ管理', en: 'Staff accounts' },
  'support.signOut': { ja: 'サインアウト', en: 'Sign out' },
  'support.role.admin': { ja: '管理者', en: 'Administrator' },
  'support.role.support': { ja: 'サポート', en: 'Support' },

  'support.home.title': { ja: 'サポートコンソール', en: 'Support console' },
  'support.home.signedInAs': {
    ja: '{name} さん（{role}）としてサインインしています。',
    en: 'You are signed in as {name} ({role}).',
  },
  'support.home.sessionLimits': {
    ja: 'サインインは最長8時間、操作がないまま30分たつと終了します。',
    en: 'A sign-in lasts at most 8 hours and ends after 30 minutes without activity.',
  },
  'support.home.links': { ja: '利用できる機能', en: 'What you can do here' },
  'support.home.staffLink': {
    ja: 'スタッフ管理（アカウントの追加・無効化）',
    en: 'Staff accounts (add and disable)',
  },
  'support.home.helpErrors': {
    ja: 'よくあるエラーメッセージ（医師向けの案内）',
    en: 'Common error messages (the doctors’ guide)',
  },

  'support.login.title': { ja: 'スタッフのサインイン', en: 'Staff sign-in' },
  'support.login.lead': {
    ja: '【パスキーでサインイン】を押し、登録したスタッフ用のパスキーで本人確認をしてください。',
    en: 'Press 【パスキーでサインイン】 and confirm with the staff passkey you registered.',
  },
  'support.login.submit': { ja: 'パスキーでサインイン', en: 'Use my passkey to sign in' },
  'support.login.signedOut': { ja: 'サインアウトしました。', en: 'You have signed out.' },

  'support.enrol.title': { ja: 'スタッフ用パスキーの登録', en: 'Register your staff passkey' },
  'support.enrol.lead': {
    ja: '{name} さん（{role}）のパスキーを、この端末に登録します。【パスキーを登録】を押し、生体認証または PIN で本人確認をしてください。',
    en: 'This registers the passkey of {name} ({role}) on this device. Press 【パスキーを登録】 and confirm with biometrics or your PIN.',
  },
  'support.enrol.submit': { ja: 'パスキーを登録', en: 'Register a passkey' },

  'support.ceremony.checking': { ja: '準備しています…', en: 'Getting ready…' },
  'support.ceremony.waiting': {
    ja: 'パスキーの確認を待っています…',
    en: 'Waiting for the passkey…',
  },
  'support.ceremony.cancel': { ja: 'キャンセル', en: 'Cancel' },
  'support.ceremony.retry': { ja: 'もう一度試す', en: 'Try again' },

  'support.staff.title': { ja: 'スタッフ管理', en: 'Staff accounts' },
  'support.staff.lead': {
    ja: 'アカウントの追加と無効化は、5分以内にパスキーで本人確認をした管理者だけが行えます。',
    en: 'Only an administrator who confirmed with their passkey within the last 5 minutes can add or disable accounts.',
  },
  'support.staff.list': { ja: 'スタッフ一覧', en: 'Staff list' },
  'support.staff.name': { ja: '氏名', en: 'Name' },
  'support.staff.role': { ja: '役割', en: 'Role' },
  'support.staff.state': { ja: '状態', en: 'Status' },
  'support.staff.passkeys': { ja: 'パスキー', en: 'Passkeys' },
  'support.staff.createdAt': { ja: '追加日時', en: 'Added' },
  'support.staff.lastSignIn': { ja: '最終サインイン', en: 'Last sign-in' },
  'support.staff.actions': { ja: '操作', en: 'Actions' },
  'support.staff.active': { ja: '有効', en: 'Active' },
  'support.staff.disabledState': { ja: '無効', en: 'Disabled' },
  'support.staff.notEnrolled': { ja: '未登録', en: 'Not enrolled' },
  'support.staff.never': { ja: '—', en: '—' },
  'support.staff.disable': { ja: '無効化', en: 'Disable' },
  'support.staff.disableName': { ja: '{name} さんを無効化', en: 'Disable {name}' },
  'support.staff.disabledDone': {
    ja: '{name} さんのアカウントを無効にし、サインイン中のセッションを終了しました。',
    en: 'The account of {name} is disabled and its open sessions have ended.',
  },
  'support.staff.you': { ja: '（あなた）', en: '(you)' },
  'support.staff.add': { ja: 'スタッフを追加', en: 'Add a staff member' },
  'support.staff.addSubmit': { ja: '追加する', en: 'Add' },
  'support.staff.linkTitle': {
    ja: '{name} さんの登録用リンク',
    en: 'Enrolment link for {name}',
  },
  'support.staff.linkOnce': {
    ja: 'このリンクはこの画面に一度だけ表示されます。本人に安全な方法で渡してください。{expiresAt} まで、1回だけ使えます。',
    en: 'This link is shown only once, here. Hand it to the person by a safe channel. It works once, until {expiresAt}.',
  },
  'support.staff.reauthSubmit': { ja: 'パスキーで本人確認', en: 'Confirm with your passkey' },

  'support.forbidden.title': { ja: '権限がありません', en: 'Not allowed' },
  'support.forbidden.home': { ja: 'コンソールのホームへ', en: 'Go to the console home' },

  // Holder lookup (issue 8 #2).
  'support.search.label': {
    ja: '検索（本人ID・カードID・医籍登録番号・フリガナ）',
    en: 'Search (person ID, card ID, medical registration number or kana)',
  },
  'support.search.submit': { ja: '検索', en: 'Search' },
  'support.search.sandbox': { ja: 'サンドボックスを表示', en: 'Show sandbox holders' },
  'support.search.none': { ja: '該当する名義人は見つかりませんでした。', en: 'No holder matches.' },
  'support.search.unreadable': {
    ja: '本人ID（10桁）、カードID（12文字）、医籍登録番号（6桁まで）またはフリガナで検索してください。',
    en: 'Search by person ID (10 digits), card ID (12 characters), medical registration number (up to 6 digits) or kana.',
  },
  'support.search.truncated': {
    ja: '最初の{n}件を表示しています。フリガナを長くして絞り込んでください。',
    en: 'Showing the first {n}. Type more of the kana to narrow it down.',
  },
  'support.search.results': { ja: '検索結果', en: 'Results' },
  'support.holder.name': { ja: '氏名', en: 'Name' },
  'support.holder.kana': { ja: 'フリガナ', en: 'Kana' },
  'support.holder.personId': { ja: '本人ID', en: 'Person ID' },
  'support.holder.cardId': { ja: 'カードID', en: 'Card ID' },
  'support.holder.mrn': { ja: '医籍登録番号', en: 'Medical registration number' },
  'support.holder.validity': { ja: '証明書の有効期間', en: 'Certificate validity' },
  'support.holder.sandbox': { ja: 'サンドボックス', en: 'Sandbox' },
  'support.holder.notFound': { ja: 'この名義人は見つかりませんでした。', en: 'This holder could not be found.' },
  'support.holder.tickets': { ja: '初期登録用 QR コード', en: 'Initial registration QR codes' },
  'support.holder.noTickets': { ja: '発行された QR コードはありません。', en: 'No QR code has been issued.' },
  'support.ticket.state': { ja: '状態', en: 'State' },
  'support.ticket.attempts': { ja: 'パスワード（使用／残り）', en: 'Password tries (used / left)' },
  'support.ticket.issuedAt': { ja: '発行日時', en: 'Issued' },
  'support.ticket.expiresAt': { ja: '有効期限', en: 'Expires' },
  'support.ticket.issuedBy': { ja: '発行者', en: 'Issued by' },
  'support.ticket.replacesDevice': { ja: 'デバイスを置き換える', en: 'Replaces the device' },
  'support.ticketState.active': { ja: '有効', en: 'Active' },
  'support.ticketState.used': { ja: '登録済み', en: 'Used' },
  'support.ticketState.locked': { ja: 'ロック', en: 'Locked' },
  'support.ticketState.expired': { ja: '期限切れ', en: 'Expired' },
  'support.ticketState.superseded': { ja: '再発行により無効', en: 'Superseded' },
  'support.holder.devices': { ja: '登録済みのデバイス', en: 'Registered devices' },
  'support.holder.noDevices': { ja: '登録されたデバイスはありません。', en: 'No device is registered.' },
  'support.device.label': { ja: 'ラベル', en: 'Label' },
  'support.device.provider': { ja: '認証器', en: 'Authenticator' },
  'support.device.createdAt': { ja: '登録日時', en: 'Registered' },
  'support.device.lastUsedAt': { ja: '最終利用', en: 'Last used' },
  'support.device.backup': { ja: 'バックアップ（対応／同期済み）', en: 'Backup (eligible / backed up)' },
  'support.device.regressions': { ja: '署名カウンタの逆戻り', en: 'Sign-count regressions' },
  'support.device.status': { ja: '状態', en: 'Status' },
  'support.device.active': { ja: '有効', en: 'Active' },
  'support.device.revoked': { ja: '無効（{reason}）', en: 'Revoked ({reason})' },
  'support.yes': { ja: 'はい', en: 'Yes' },
  'support.no': { ja: 'いいえ', en: 'No' },
  'support.never': { ja: '—', en: '—' },
  'support.holder.audit': { ja: '最近の監査ログ（50件まで）', en: 'Recent audit events (up to 50)' },
  'support.audit.at': { ja: '日時', en: 'Time' },
  'support.audit.type': { ja: '種類', en: 'Event' },
  'support.audit.outcome': { ja: '結果', en: 'Outcome' },
  'support.audit.actor': { ja: '実行者', en: 'Actor' },
  'support.actions.title': { ja: '操作（管理者）', en: 'Actions (administrators)' },
  'support.actions.reason': { ja: '理由（必須）', en: 'Reason (required)' },
  'support.actions.issue': { ja: 'QRコードを発行', en: 'Issue a QR code' },
  'support.actions.replacesDevice': {
    ja: '登録したときに今のデバイスを置き換える（スマートフォンの紛失・故障）',
    en: 'Replace the current device when it is used (lost or broken phone)',
  },
  'support.actions.expire': { ja: 'QRコードを無効化', en: 'Expire the QR codes' },
  'support.actions.revoke': { ja: 'デバイスを無効化', en: 'Revoke the device' },
  'support.actions.issued': {
    ja: 'QR コードを発行しました（有効期限 {expiresAt}）。このカードを印刷してお渡しください。登録コードはこの画面にしか表示されません。',
    en: 'QR code issued (valid until {expiresAt}). Print this card and hand it over: the code is shown only on this screen.',
  },
  'support.actions.print': { ja: '印刷する', en: 'Print' },
  'support.actions.expired': { ja: '{n}件の QR コードを無効化しました。', en: 'Expired {n} QR code(s).' },
  'support.actions.revoked': { ja: 'デバイスを無効化しました。', en: 'The device was revoked.' },
  'support.audit.none': { ja: '監査ログはありません。', en: 'No audit events.' },

  // The audit log (issue 8 #6).
  'support.nav.audit': { ja: '監査ログ', en: 'Audit log' },
  'support.home.auditLink': {
    ja: '監査ログ（絞り込み・CSV出力）',
    en: 'Audit log (filters and CSV export)',
  },
  'support.auditLog.title': { ja: '監査ログ', en: 'Audit log' },
  'support.auditLog.lead': {
    ja: '日時はすべて日本時間です。新しい順に{n}件ずつ表示します。',
    en: 'All times are Japan time. Newest first, {n} per page.',
  },
  'support.auditLog.filters': { ja: '絞り込み条件', en: 'Filters' },
  'support.auditLog.from': { ja: '開始日時（日本時間）', en: 'From (Japan time)' },
  'support.auditLog.to': { ja: '終了日時（日本時間）', en: 'To (Japan time)' },
  'support.auditLog.holder': {
    ja: '名義人（本人ID・カードID・医籍登録番号）',
    en: 'Holder (person ID, card ID or medical registration number)',
  },
  'support.auditLog.actor': { ja: '実行者', en: 'Actor' },
  'support.auditLog.type': { ja: '種類', en: 'Event' },
  'support.auditLog.outcome': { ja: '結果', en: 'Outcome' },
  'support.auditLog.any': { ja: 'すべて', en: 'Any' },
  'support.auditLog.sandbox': { ja: 'サンドボックスを表示', en: 'Show sandbox holders' },
  'support.auditLog.submit': { ja: '絞り込む', en: 'Filter' },
  'support.auditLog.clear': { ja: '条件をクリア', en: 'Clear filters' },
  'support.auditLog.results': { ja: '監査ログの一覧', en: 'Audit events' },
  'support.auditLog.none': { ja: '条件に合う監査ログはありません。', en: 'No audit event matches.' },
  'support.auditLog.holderUnknown': {
    ja: 'この名義人は見つかりませんでした。',
    en: 'No holder has this identifier.',
  },
  'support.auditLog.next': { ja: '次へ（古いログ）', en: 'Next (older)' },
  'support.auditLog.prev': { ja: '前へ（新しいログ）', en: 'Previous (newer)' },
  'support.auditLog.paging': { ja: 'ページ送り', en: 'Pages' },
  'support.auditLog.csv': { ja: 'CSVでダウンロード', en: 'Download as CSV' },
  'support.auditLog.csvNote': {
    ja: 'いま絞り込んでいる条件のログをすべて出力します（Excel で開けます）。出力したことも監査ログに記録されます。',
    en: 'Exports every event that matches the current filters (opens in Excel). The export itself is recorded in the audit log.',
  },
  'support.auditLog.holderCol': { ja: '名義人（本人ID）', en: 'Holder (person ID)' },
  'support.auditLog.ip': { ja: 'IPアドレス', en: 'IP address' },
  'support.auditLog.detail': { ja: '詳細', en: 'Detail' },
  'support.auditLog.allStaff': { ja: 'スタッフ（全員）', en: 'Staff (everyone)' },
  'support.auditLog.allOperators': { ja: '運用コマンド（すべて）', en: 'Operator commands (all)' },
  'support.auditLog.staffActor': { ja: 'スタッフ：{name}', en: 'Staff: {name}' },
  'support.actor.doctor': { ja: '医師', en: 'Doctor' },
  'support.actor.system': { ja: 'システム', en: 'System' },
  'support.actor.anonymous': { ja: '未確認の利用者', en: 'Unverified visitor' },
  'support.actor.operatorCli': { ja: '運用コマンド（CLI）', en: 'Operator command line' },
  'support.outcome.ok': { ja: '成功', en: 'Succeeded' },
  'support.outcome.fail': { ja: '失敗', en: 'Failed' },
  'support.outcome.info': { ja: '記録', en: 'Recorded' },
  'support.csv.at': { ja: '日時（日本時間）', en: 'Time (Japan)' },
  'support.csv.type': { ja: '種類', en: 'Event' },
  'support.csv.outcome': { ja: '結果', en: 'Outcome' },
  'support.csv.actor': { ja: '実行者', en: 'Actor' },
  'support.csv.actorName': { ja: '実行者名', en: 'Actor name' },
  'support.csv.holderId': { ja: '名義人ID', en: 'Holder ID' },
  'support.csv.personId': { ja: '本人ID', en: 'Person ID' },
  'support.csv.ticketId': { ja: 'QRコードID', en: 'Ticket ID' },
  'support.csv.credentialId': { ja: 'デバイスID', en: 'Credential ID' },
  'support.csv.ip': { ja: 'IPアドレス', en: 'IP address' },
  'support.csv.detail': { ja: '詳細', en: 'Detail' },
  'support.csv.eventId': { ja: 'イベントID', en: 'Event ID' },
  ...supportApplicationLabels,
} as const satisfies Record<`support.${string}`, Text>;
