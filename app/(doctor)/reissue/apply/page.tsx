import { MessageBox } from '@/components/message-box';
import { ApplyForm } from '@/components/reissue/apply-form';
import { SimulatedMessage } from '@/components/sandbox/simulated-message';
import { draftInput } from '@/lib/applications/draft';
import { carriedNoticeOf, noticeParams, photoReasonText } from '@/lib/applications/notice';
import { requireApplyStep } from '@/lib/applications/page';
import { getLang } from '@/lib/i18n/server';
import { isErrorCode, t } from '@/lib/messages';
import { path } from '@/lib/routes';

type Query = { notice?: string | string[]; reason?: string | string[] };

/**
 * 申請による QRコードの再発行 (issue 9 #3), the form: what the doctor enters and the card-face
 * photo. A refusal shows here — stored on the application's row (with what was typed, so the form
 * comes back filled in), or in `?notice=` when there was nothing to keep.
 */
export default async function ReissueApplyPage({ searchParams }: { searchParams: Promise<Query> }) {
  const lang = await getLang();
  const { row, notice: stored } = await requireApplyStep('form');
  const notice = stored ?? (row ? null : carriedNoticeOf(await searchParams));
  const photoKept = Boolean(row?.photo);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'reissueApply.title')}</h1>
      <SimulatedMessage
        lang={lang}
        codes={['reissue.photoRejected']}
        params={{ reason: photoReasonText(lang, 'tooSmall') }}
      />
      {notice && isErrorCode(notice.code) && (
        <div className="mb-4">
          <MessageBox lang={lang} code={notice.code} params={noticeParams(lang, notice)} />
        </div>
      )}
      <p className="mb-6">{t(lang, 'reissueApply.lead')}</p>
      <ApplyForm
        lang={lang}
        action={path('reissueApplyCheck')}
        values={row ? draftInput(row.form) : null}
        photoKept={photoKept}
        photoSrc={photoKept ? `${path('reissueApplyPhoto')}?v=${row?.updated_at ?? 0}` : null}
      />
    </div>
  );
}
