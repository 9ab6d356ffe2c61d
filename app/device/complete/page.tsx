import { credentialSummary, formatTokyoTime } from '@/lib/flow/credential-summary';
import { requireDeviceStep } from '@/lib/device/page';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

export default async function DeviceCompletePage() {
  const lang = await getLang();
  const change = await requireDeviceStep('complete');
  const credential = await credentialSummary(change.new_credential_id);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'device.completeTitle')}</h1>
      <div role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4">
        <p>{t(lang, 'device.completeLead')}</p>
        {credential && (
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">{t(lang, 'complete.label')}</dt>
            <dd data-testid="registered-label">{credential.label}</dd>
            <dt className="font-semibold">{t(lang, 'complete.time')}</dt>
            <dd>{formatTokyoTime(credential.created_at, lang)}</dd>
          </dl>
        )}
      </div>
      <p className="mt-6">{t(lang, 'complete.next')}</p>
    </div>
  );
}
