import { LoginForm } from '@/components/auth/login-form';
import { DeviceGate } from '@/components/device-gate';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

export default async function LoginPage() {
  const lang = await getLang();
  return (
    <DeviceGate lang={lang}>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'signin.title')}</h1>
      <p className="mb-4">{t(lang, 'signin.lead')}</p>
      <LoginForm lang={lang} />
    </DeviceGate>
  );
}
