import { LabelForm } from '@/components/flow/label-form';
import { MessageBox } from '@/components/message-box';
import { JourneyInterrupt } from '@/components/step-page';
import { credentialSummary } from '@/lib/credentials';
import { requireDeviceStep } from '@/lib/device/page';
import { getLang } from '@/lib/i18n/server';
import { isErrorCode, t } from '@/lib/messages';
import { path } from '@/lib/routes';

/** ラベル登録 after a device change: as registration's, and a refused label says so here. */
export default async function DeviceLabelPage() {
  const lang = await getLang();
  const page = await requireDeviceStep('label');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  const credential = await credentialSummary(page.row?.new_credential_id ?? null);
  const { notice } = page;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'label.title')}</h1>
      {notice && isErrorCode(notice.code) && (
        <div className="mb-4">
          <MessageBox lang={lang} code={notice.code} params={notice.params} />
        </div>
      )}
      <p className="mb-4">{t(lang, 'label.lead')}</p>
      <LabelForm lang={lang} action={path('deviceLabelSave')} label={credential?.label ?? ''} />
    </div>
  );
}
