import { MessageBox } from '@/components/message-box';
import { StaffMessage } from '@/components/support/staff-message';
import { requireStaffPage } from '@/lib/authz/guard';
import { getLang } from '@/lib/i18n/server';
import { errorEntry, errors, format, t, text } from '@/lib/messages';
import { errorCodes } from '@/lib/messages/errors';
import { path } from '@/lib/routes';
import { RECIPES, SANDBOX_BIRTH_DATE } from '@/lib/sandbox/recipes';

/**
 * エラーメッセージと再現 (issue 8 #5): every catalogue entry as the doctor's screens show it, from the
 * same source — code, the exact text in both languages, where, causes and remedies, how to
 * reproduce — and 【再現する】, which opens a sandbox in that state in a new tab.
 */
export default async function SupportErrorsPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string | string[] }>;
}) {
  await requireStaffPage('errors.reproduce');
  const lang = await getLang();
  const { notice } = await searchParams;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t(lang, 'support.errors.title')}</h1>
      {notice === 'staff.unknownErrorCode' && <StaffMessage lang={lang} code={notice} />}
      <p>{t(lang, 'support.errors.lead')}</p>
      <p className="text-sm text-gray-700">
        {t(lang, 'support.errors.birthDate', { date: SANDBOX_BIRTH_DATE.replaceAll('-', '') })}
      </p>
      <nav aria-label={t(lang, 'support.errors.title')}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 font-mono text-sm">
          {errorCodes.map((code) => (
            <li key={code}>
              <a href={`#${code}`} className="text-brand-700 underline underline-offset-2">
                {code}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {errorCodes.map((code) => {
        const entry = errorEntry(code);
        const params = entry.exampleParams;
        return (
          <section
            key={code}
            id={code}
            aria-labelledby={`${code}-h`}
            className="space-y-3 rounded border border-gray-300 p-4"
          >
            <h2 id={`${code}-h`} className="font-mono text-lg font-bold">
              {code}
            </h2>
            <dl className="grid gap-x-4 gap-y-1 lg:grid-cols-[12rem_1fr]">
              <dt className="font-bold">{t(lang, 'support.errors.where')}</dt>
              <dd>{text(lang, errors[code].where)}</dd>
              <dt className="font-bold">{t(lang, 'support.errors.textJa')}</dt>
              <dd lang="ja">{format(entry.text.ja, params)}</dd>
              <dt className="font-bold">{t(lang, 'support.errors.textEn')}</dt>
              <dd lang="en">{format(entry.text.en, params)}</dd>
              <dt className="font-bold">{t(lang, 'support.errors.reproduce')}</dt>
              <dd>{text(lang, entry.reproduce)}</dd>
            </dl>
            <MessageBox lang={lang} code={code} params={params} tone="info" showCauses />
            <form method="post" action={path('supportReproduce')} target="_blank" className="space-y-2">
              <input type="hidden" name="code" value={code} />
              <p className="text-sm text-gray-700">{t(lang, `support.errors.how.${RECIPES[code].how}`)}</p>
              <button
                type="submit"
                aria-label={`${t(lang, 'support.errors.reproduceButton')} ${code}`}
                className="rounded bg-brand-700 px-4 py-2 font-bold text-white hover:bg-brand-800"
              >
                {t(lang, 'support.errors.reproduceButton')}
              </button>
            </form>
          </section>
        );
      })}
    </div>
  );
}
