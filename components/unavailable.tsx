import Link from 'next/link';
import { MessageBox } from '@/components/message-box';
import { t, type Lang } from '@/lib/messages';
import { path } from '@/lib/routes';

/** server.unavailable with its causes and the way home: the /unavailable page, and any page while the database is down. */
export function Unavailable({ lang }: { lang: Lang }) {
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'common.error')}</h1>
      <MessageBox lang={lang} code="server.unavailable" showCauses />
      <p className="mt-6">
        <Link href={path('terms')} prefetch={false} className="text-brand-700 underline underline-offset-2">
          {t(lang, 'site.home')}
        </Link>
      </p>
    </div>
  );
}
