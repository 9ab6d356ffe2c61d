import Link from 'next/link';
import { HelpSection } from '@/components/help-links';
import { getLang } from '@/lib/i18n/server';
import { faq } from '@/lib/messages/faq';
import { t } from '@/lib/messages';

export default async function FaqPage() {
  const lang = await getLang();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'faq.title')}</h1>
      <div className="space-y-4">
        {faq.map((item) => (
          <HelpSection key={item.id} lang={lang} id={item.id} title={item.q} body={item.a}>
            {item.link && (
              <p className="mt-2">
                <Link href={item.link.href} prefetch={false} className="text-brand-700 underline underline-offset-2">
                  {t(lang, item.link.label)}
                </Link>
              </p>
            )}
          </HelpSection>
        ))}
      </div>
    </div>
  );
}
