import { DeviceGate } from '@/components/device-gate';
import { PasskeyCeremony } from '@/components/flow/passkey-ceremony';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** 登録してあるスマートフォンを変更 (FAQ Q1), step 1: confirm with the registered passkey. */
export default async function DeviceChangePage() {
  const lang = await getLang();
  return (
    <DeviceGate lang={lang}>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'device.title')}</h1>
      <p className="mb-6">{t(lang, 'device.lead')}</p>
      <PasskeyCeremony lang={lang} mode="device-signin" />
    </DeviceGate>
  );
}
