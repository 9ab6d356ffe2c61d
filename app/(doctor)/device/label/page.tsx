import { LabelForm } from '@/components/flow/label-form';
import { MessageBox } from '@/components/message-box';
import { credentialSummary } from '@/lib/credentials';
import { requireDeviceStep } from '@/lib/device/page';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

export default async function DeviceLabelPage({ searchParams }: { searchParams: Promise<{ invalid?: string }> }) {
  const lang = await getLang();
  const change = await requireDeviceStep('label');
  const credential = await credentialSummary(change.new_credential_id);
  const invalid = (await searchParams).invalid === '1';
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'label.title')}</h1>
      {invalid && (
        <div className="mb-4">
          <MessageBox lang={lang} code="register.labelInvalid" />
        </div>
      )}
      <p className="mb-4">{t(lang, 'label.lead')}</p>
      <LabelForm lang={lang} action="/api/device/label" label={credential?.label ?? ''} />
    </div>
  );
}
