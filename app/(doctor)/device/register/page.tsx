import { DeviceGate } from '@/components/device-gate';
import { PasskeyCeremony } from '@/components/flow/passkey-ceremony';
import { JourneyInterrupt } from '@/components/step-page';
import { requireDeviceStep } from '@/lib/device/page';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** Step 2: register this phone within 5 minutes of the old-phone sign-in. */
export default async function DeviceRegisterPage() {
  const lang = await getLang();
  const page = await requireDeviceStep('register');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  return (
    <DeviceGate lang={lang}>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'device.registerTitle')}</h1>
      <p className="mb-6">{t(lang, 'device.registerLead')}</p>
      <PasskeyCeremony lang={lang} mode="device-register" />
    </DeviceGate>
  );
}
