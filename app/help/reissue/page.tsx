import { getLang } from '@/lib/i18n/server';
import { faq } from '@/lib/messages/faq';
import { t, text } from '@/lib/messages';

/** QRコードの再発行: when a re-issue is needed and the two ways to get one (FAQ Q5). */
export default async function ReissuePage() {
  const lang = await getLang();
  const q5 = faq.find((f) => f.id === 'q5');
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'reissue.title')}</h1>
      {q5 && (
        <section className="rounded-xl border border-gray-300 bg-white p-4">
          <h2 className="font-bold">{text(lang, q5.q)}</h2>
          {q5.a.map((line, i) => (
            <p key={i} className="mt-2">
              {text(lang, line)}
            </p>
          ))}
        </section>
      )}
    </div>
  );
}
