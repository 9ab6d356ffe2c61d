import Link from 'next/link';
import { MessageBox } from '@/components/message-box';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** Where a request that failed unexpectedly lands (never a raw 500). */
export default async function UnavailablePage() {
  const lang = await getLang();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'common.error')}</h1>
      <MessageBox lang={lang} code="server.unavailable" showCauses />
      <p className="mt-6">
        <Link href="/" prefetch={false} className="text-brand-700 underline underline-offset-2">
          {t(lang, 'site.home')}
        </Link>
      </p>
    </div>
  );
}
