import { NextSteps } from '@/components/help-links';
import { RegisteredSummary } from '@/components/registered-summary';
import { JourneyInterrupt } from '@/components/step-page';
import { requireDeviceStep } from '@/lib/device/page';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

export default async function DeviceCompletePage() {
  const lang = await getLang();
  const page = await requireDeviceStep('complete');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'device.completeTitle')}</h1>
      <RegisteredSummary lang={lang} credentialId={page.row?.new_credential_id ?? null} lead="device.completeLead" />
      <p className="mt-6">{t(lang, 'complete.next')}</p>
      <NextSteps lang={lang} />
    </div>
  );
}
