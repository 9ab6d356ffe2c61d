import { MessageBox } from '@/components/message-box';
import { buttonClass } from '@/components/ui/button';
import { SubmitOnce } from '@/components/ui/submit-once';
import { draftApplication } from '@/lib/applications/draft';
import { noticeParams } from '@/lib/applications/notice';
import { requireApplyStep } from '@/lib/applications/page';
import { getLang } from '@/lib/i18n/server';
import { isErrorCode, t, type LabelKey } from '@/lib/messages';
import { path } from '@/lib/routes';

/** 申請内容の確認: everything entered, the photo as it will be sent, 【修正する】 and 【申請する】. */
export default async function ReissueApplyConfirmPage() {
  const lang = await getLang();
  const { row, notice } = await requireApplyStep('confirm');
  const form = draftApplication(row?.form ?? null);
  const rows: Array<[LabelKey, string]> = form
    ? [
        ['reissueApply.hasCard', t(lang, `reissueApply.hasCard.${form.hasCard}`)],
        ['reissueApply.cardId', form.cardId],
        ['reissueApply.name', form.name],
        ['reissueApply.kana', form.kana],
        ['reissueApply.birthDate', form.birthDate],
        ['reissueApply.medicalRegistrationNumber', form.medicalRegistrationNumber],
        ['reissueApply.postalCode', form.postalCode],
        ['reissueApply.address', form.address],
        ['reissueApply.phone', form.phone],
        ['reissueApply.email', form.email],
        ['reissueApply.reason', t(lang, `reissueApply.reason.${form.reason}`)],
      ]
    : [];
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'reissueApply.confirmTitle')}</h1>
      {notice && isErrorCode(notice.code) && (
        <div className="mb-4">
          <MessageBox lang={lang} code={notice.code} params={noticeParams(lang, notice)} />
        </div>
      )}
      <p className="mb-4">{t(lang, 'reissueApply.confirmLead')}</p>
      <dl className="mb-4 divide-y rounded-xl border border-gray-300">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 p-3 sm:grid-cols-3">
            <dt className="text-sm font-semibold text-gray-700">{t(lang, label)}</dt>
            <dd className="break-words sm:col-span-2">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mb-2 font-semibold">{t(lang, 'reissueApply.photo')}</h2>
      {/* eslint-disable-next-line @next/next/no-img-element -- a private, uncached preview */}
      <img
        src={`${path('reissueApplyPhoto')}?v=${row?.updated_at ?? 0}`}
        alt={t(lang, 'reissueApply.photo.preview')}
        className="mb-6 w-full rounded-lg border"
      />
      <form method="post" action={path('reissueApplySubmit')} className="grid grid-cols-2 gap-3">
        <SubmitOnce name="action" value="edit" className={buttonClass('secondary')}>
          {t(lang, 'reissueApply.edit')}
        </SubmitOnce>
        <SubmitOnce name="action" value="submit" className={buttonClass('primary')}>
          {t(lang, 'reissueApply.submit')}
        </SubmitOnce>
      </form>
    </div>
  );
}
