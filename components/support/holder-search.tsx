import Link from 'next/link';
import { TextField } from '@/components/ui/text-field';
import { buttonClass } from '@/components/ui/button';
import { SEARCH_LIMIT, searchHolders, searchKeys } from '@/lib/holders/search';
import { t, type Lang } from '@/lib/messages';
import { holderPath, path } from '@/lib/routes';
import { CELL, HeadCells } from './table-cells';

const LINK = 'text-brand-700 underline underline-offset-2';

/**
 * The console's holder lookup (issue 8 #2): one field read as 本人ID, カードID, 医籍登録番号 or
 * フリガナ (lib/holders/search.ts), a plain GET form so a result page can be bookmarked and shared
 * inside the centre. Sandbox holders only with 「サンドボックスを表示」.
 */
export async function HolderSearch({ lang, query, sandbox }: { lang: Lang; query: string; sandbox: boolean }) {
  const keys = query.trim() ? searchKeys(query) : null;
  const result = keys ? await searchHolders(keys, { includeSandbox: sandbox }) : null;
  return (
    <section aria-labelledby="search-heading" className="space-y-4">
      <form method="get" action={path('support')} className="space-y-3" role="search">
        <TextField id="q" label={t(lang, 'support.search.label')} defaultValue={query} maxLength={100} />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="sandbox" value="1" defaultChecked={sandbox} className="h-5 w-5" />
          {t(lang, 'support.search.sandbox')}
        </label>
        <button type="submit" className={`${buttonClass('primary')} sm:w-auto sm:px-8`}>
          {t(lang, 'support.search.submit')}
        </button>
      </form>
      <h2 id="search-heading" className="text-lg font-bold">
        {t(lang, 'support.search.results')}
      </h2>
      {query.trim() && !keys && <p role="status">{t(lang, 'support.search.unreadable')}</p>}
      {result && result.holders.length === 0 && <p role="status">{t(lang, 'support.search.none')}</p>}
      {result && result.holders.length > 0 && (
        <div className="overflow-x-auto" tabIndex={0} aria-labelledby="search-heading">
          <table className="min-w-full border-collapse text-sm">
            <thead>
              <tr>
                <HeadCells
                  lang={lang}
                  keys={[
                    'support.holder.personId',
                    'support.holder.name',
                    'support.holder.kana',
                    'support.holder.cardId',
                    'support.holder.mrn',
                  ]}
                />
              </tr>
            </thead>
            <tbody>
              {result.holders.map((h) => (
                <tr key={h.id}>
                  <td className={CELL}>
                    <Link href={holderPath(h.id)} prefetch={false} className={LINK}>
                      {h.personId}
                    </Link>
                    {h.sandbox && (
                      <span className="ml-2 text-xs font-semibold">［{t(lang, 'support.holder.sandbox')}］</span>
                    )}
                  </td>
                  <td className={CELL}>{h.name}</td>
                  <td className={CELL}>{h.kana}</td>
                  <td className={CELL}>{h.cardId}</td>
                  <td className={CELL}>{h.medicalRegistrationNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result?.truncated && <p role="status">{t(lang, 'support.search.truncated', { n: SEARCH_LIMIT })}</p>}
    </section>
  );
}
