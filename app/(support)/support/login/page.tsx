import { redirect } from 'next/navigation';
import { currentStaff } from '@/lib/auth/staff-session';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { path } from '@/lib/routes';
import { StaffPasskey } from '@/components/support/staff-passkey';

/** Staff sign-in with a discoverable passkey (no username). Open to anyone: it is the way in. */
export default async function SupportLoginPage() {
  if (await currentStaff()) redirect(path('support'));
  const lang = await getLang();
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-bold">{t(lang, 'support.login.title')}</h1>
      <p>{t(lang, 'support.login.lead')}</p>
      <StaffPasskey lang={lang} mode="signin" />
    </div>
  );
}
