import { getLang } from '@/lib/i18n/server';
import { faq } from '@/lib/messages/faq';
import { t, text } from '@/lib/messages';

export default async function FaqPage() {
  const lang = await getLang();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'faq.title')}</h1>
      <div className="space-y-4">
        {faq.map((item) => (
          <section
            key={item.id}
            id={item.id}
            aria-labelledby={`${item.id}-q`}
            className="rounded-xl border border-gray-300 bg-white p-4"
          >
            <h2 id={`${item.id}-q`} className="font-bold">
              {text(lang, item.q)}
            </h2>
            {item.a.map((line, i) => (
              <p key={i} className="mt-2">
                {text(lang, line)}
              </p>
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
