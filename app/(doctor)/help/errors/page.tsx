import { MessageBox } from '@/components/message-box';
import { getLang } from '@/lib/i18n/server';
import { errorCodes } from '@/lib/messages/errors';
import { errorEntry, errors, t, text } from '@/lib/messages';

/**
 * よくあるエラーメッセージ: generated from the same catalogue the screens use; placeholders are filled
 * with each entry's own `exampleParams`.
 */
export default async function ErrorsPage() {
  const lang = await getLang();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'errors.title')}</h1>
      <div className="space-y-6">
        {errorCodes.map((code) => (
          <section key={code} id={code} aria-label={code} className="space-y-2">
            <p className="text-sm text-gray-700">
              {t(lang, 'errors.where')}：{text(lang, errors[code].where)}
            </p>
            <MessageBox lang={lang} code={code} params={errorEntry(code).exampleParams} tone="info" showCauses />
          </section>
        ))}
      </div>
    </div>
  );
}
