import { t, type Lang } from '@/lib/messages';

/** Title bar with the language switch (a cookie; Japanese is the default). */
export function SiteHeader({ lang, path }: { lang: Lang; path: string }) {
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  const back = encodeURIComponent(path);
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-lg items-center justify-between gap-2 px-4 py-3">
        <p className="text-sm font-bold leading-tight">{t(lang, 'site.title')}</p>
        <a
          href={`/api/lang?to=${other}&back=${back}`}
          lang={other}
          hrefLang={other}
          className="shrink-0 rounded-lg border border-white/70 px-3 py-1.5 text-sm underline-offset-2 hover:underline"
        >
          {t(lang, other === 'en' ? 'site.switchToEnglish' : 'site.switchToJapanese')}
        </a>
      </div>
    </header>
  );
}
