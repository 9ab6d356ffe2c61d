import type { Notice } from '@/lib/journey/notice';
import type { Lang, Params } from '@/lib/messages';
import { applyLabel } from '@/lib/messages/apply-label';
import { APPLY_PATH } from '@/lib/steps/reissue-apply';
import type { PhotoRejection } from './photo-limits';

/**
 * The application form's messages outside a row (browser-safe). A refusal with nothing worth
 * keeping — no application yet and nothing usable typed — stores nothing, so its message travels
 * as `?notice=<code>` (and `&reason=` for a photo) and the form shows it only if it is one of these.
 */
const CARRIED = ['request.invalid', 'rate.limited', 'reissue.photoRejected'] as const;
const REASONS: readonly PhotoRejection[] = [
  'missing',
  'unsupportedType',
  'heicUnsupported',
  'tooLarge',
  'tooSmall',
  'unreadable',
];

export function isPhotoRejection(value: unknown): value is PhotoRejection {
  return typeof value === 'string' && (REASONS as readonly string[]).includes(value);
}

/** The form's page showing `notice` in its address (a 303 target). */
export function carriedApplyNotice(notice: Notice): string {
  const code = (CARRIED as readonly string[]).includes(notice.code) ? notice.code : 'request.invalid';
  const reason = notice.params?.reason;
  const query = new URLSearchParams({ notice: code });
  if (code === 'reissue.photoRejected' && isPhotoRejection(reason)) query.set('reason', reason);
  return `${APPLY_PATH.form}?${query.toString()}`;
}

/** The notice carried in the form page's address, if it is one the form may show. */
export function carriedNoticeOf(query: { notice?: unknown; reason?: unknown }): Notice | null {
  const code = query.notice;
  if (typeof code !== 'string' || !(CARRIED as readonly string[]).includes(code)) return null;
  if (code !== 'reissue.photoRejected') return { code: code as Notice['code'] };
  return isPhotoRejection(query.reason) ? { code, params: { reason: query.reason } } : null;
}

/** Why a photo was refused, in words: the `{reason}` of `reissue.photoRejected`. */
export function photoReasonText(lang: Lang, reason: PhotoRejection): string {
  return applyLabel(lang, `reissueApply.photoReason.${reason}`);
}

/** A stored or carried notice's params as the catalogue text wants them (the reason in words). */
export function noticeParams(lang: Lang, notice: Notice): Params | undefined {
  const reason = notice.params?.reason;
  if (notice.code === 'reissue.photoRejected' && isPhotoRejection(reason))
    return { ...notice.params, reason: photoReasonText(lang, reason) };
  return notice.params;
}
