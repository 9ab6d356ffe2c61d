import type { Text } from './errors/types';

/**
 * The console's review of re-issue applications (issue 9 #3): the answers of its endpoints
 * (`staff.application*`, spread into `staffMessages`) and its screen labels
 * (`support.applications.*`, spread into `supportLabels`). Texts in 【】 are accessible names that
 * tests use verbatim.
 */
export const applicationStaffMessages = {
  'staff.applicationUnknown': {
    ja: 'この申請は見つかりませんでした。申請の一覧を開き直してください。',
    en: 'This application could not be found. Please reopen the list of applications.',
  },
  'staff.applicationDecided': {
    ja: 'この申請はすでに承認または却下されています。画面を開き直して結果をご確認ください。',
    en: 'This application has already been approved or rejected. Please reopen the page to see the decision.',
  },
  'staff.applicationNoHolder': {
    ja: 'このカードIDの名義人が見つからないため、承認できません。カードIDを申請者に確認し、必要なら却下してください。',
    en: 'No holder has this card ID, so the application cannot be approved. Check the card ID with the applicant and reject it if needed.',
  },
  'staff.rejectionReasonRequired': {
    ja: '却下の理由を入力してください（500文字まで）。',
    en: 'Please enter the reason for the rejection (up to 500 characters).',
  },
} as const satisfies Record<`staff.${string}`, Text>;

export const supportApplicationLabels = {
  'support.nav.applications': { ja: '再発行の申請', en: 'Reissue applications' },
  'support.home.applicationsLink': {
    ja: 'QRコード再発行の申請（新規 {n}件）',
    en: 'QR code reissue applications ({n} new)',
  },
  'support.applications.title': { ja: 'QRコード再発行の申請', en: 'QR code reissue applications' },
  'support.applications.lead': {
    ja: '申請書と券面の写真を確認し、カードIDの名義人と照らし合わせてください。承認・却下は管理者だけが行えます。新しい順に{n}件ずつ表示します（日本時間）。',
    en: 'Check each application and its card-face photo against the holder with that card ID. Only administrators approve or reject. Newest first, {n} per page (Japan time).',
  },
  'support.applications.tabs': { ja: '申請の状態', en: 'Application status' },
  'support.applications.state.new': { ja: '新規', en: 'New' },
  'support.applications.state.approved': { ja: '承認済み', en: 'Approved' },
  'support.applications.state.rejected': { ja: '却下', en: 'Rejected' },
  'support.applications.results': { ja: '申請の一覧', en: 'Applications' },
  'support.applications.none': { ja: 'この状態の申請はありません。', en: 'No application in this state.' },
  'support.applications.receipt': { ja: '受付番号', en: 'Receipt number' },
  'support.applications.receivedAt': { ja: '受付日時', en: 'Received' },
  'support.applications.decidedAt': { ja: '判断日時', en: 'Decided' },
  'support.applications.reason': { ja: '再発行の理由', en: 'Reason for the reissue' },
  'support.applications.name': { ja: '氏名', en: 'Name' },
  'support.applications.cardId': { ja: 'カードID', en: 'Card ID' },
  'support.applications.next': { ja: '次へ（古い申請）', en: 'Next (older)' },
  'support.applications.prev': { ja: '前へ（新しい申請）', en: 'Previous (newer)' },
  'support.applications.paging': { ja: 'ページ送り', en: 'Pages' },

  'support.application.notFound': {
    ja: 'この申請は見つかりませんでした。',
    en: 'This application could not be found.',
  },
  'support.application.back': { ja: '申請の一覧へ', en: 'Back to the applications' },
  'support.application.title': { ja: '申請 {receipt}', en: 'Application {receipt}' },
  'support.application.form': { ja: '申請の内容', en: 'What the applicant sent' },
  'support.application.state': { ja: '状態', en: 'Status' },
  'support.application.photo': { ja: '券面の写真', en: 'Photo of the card face' },
  'support.application.photoAlt': {
    ja: '申請者が送った券面の写真（{width}×{height} ピクセル）',
    en: 'The card-face photo the applicant sent ({width} × {height} pixels)',
  },
  'support.application.holder': { ja: 'カードIDの名義人', en: 'The holder with this card ID' },
  'support.application.noHolder': {
    ja: 'このカードIDの名義人は見つかりませんでした。カードIDの誤りが考えられます。',
    en: 'No holder has this card ID; it may have been mistyped.',
  },
  'support.application.holderLink': { ja: '名義人のページを開く', en: 'Open the holder’s page' },
  'support.application.activeDevices': { ja: '有効なデバイス', en: 'Active devices' },
  'support.application.matches': { ja: '一致', en: 'Matches' },
  'support.application.differs': { ja: '不一致', en: 'Differs' },
  'support.application.replacesDevice': {
    ja: '承認すると、新しい QR コードで登録したときに今のデバイスは無効になります（スマートフォンの紛失・故障）。',
    en: 'On approval, registering with the new QR code revokes the current device (smartphone lost or broken).',
  },
  'support.application.decidedBy': { ja: '判断した人', en: 'Decided by' },
  'support.application.rejectionReason': { ja: '却下の理由', en: 'Reason for the rejection' },
  'support.application.decide': { ja: '判断（管理者）', en: 'Decision (administrators)' },
  'support.application.approve': { ja: '承認する', en: 'Approve' },
  'support.application.reject': { ja: '却下する', en: 'Reject' },
  'support.application.rejectReason': {
    ja: '却下の理由（必須・500文字まで）',
    en: 'Reason for the rejection (required, up to 500 characters)',
  },
  'support.application.approved': {
    ja: '承認し、QR コードを発行しました（有効期限 {expiresAt}）。このカードを印刷して申請者に郵送してください。登録コードはこの画面にしか表示されません。',
    en: 'Approved, and a QR code was issued (valid until {expiresAt}). Print this card and post it to the applicant: the code is shown only on this screen.',
  },
  'support.application.rejected': { ja: '申請を却下しました。', en: 'The application was rejected.' },
} as const satisfies Record<`support.${string}`, Text>;
