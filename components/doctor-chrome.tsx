import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { DATABASE_DOWN_HEADER } from '@/lib/http/database-down';
import { path } from '@/lib/routes';
import { sandboxScene } from '@/lib/sandbox/scene';
import { SandboxBanner } from './sandbox/banner';
import { SandboxOutcomeProvider } from './sandbox/outcome';
import { SiteHeader } from './site-header';
import { Unavailable } from './unavailable';

/**
 * The doctor's chrome: skip link, title bar with the language switch, the main column and the
 * footer, and the 「サポート再現モード」 banner on a support sandbox's pages. Used by
 * `app/(doctor)/layout.tsx` and by the root not-found page (which Next renders outside every route
 * group); the support console gets its own chrome in `app/(support)`.
 */
export async function DoctorChrome({ children }: { children: ReactNode }) {
  const lang = await getLang();
  const requestHeaders = await headers();
  const pathname = requestHeaders.get('x-hpki-path') ?? path('terms');
  // The proxy found the database down: this page is answered with 503 and the message instead.
  const unavailable = requestHeaders.has(DATABASE_DOWN_HEADER);
  // A support sandbox (再現する) says so on every page; a real doctor's rows are never one.
  const scene = unavailable ? null : await sandboxScene();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t(lang, 'site.skipToContent')}
      </a>
      <SiteHeader lang={lang} path={pathname} />
      {scene && <SandboxBanner lang={lang} />}
      <main id="main" className="mx-auto w-full max-w-lg px-4 pb-16 pt-4">
        {unavailable ? (
          <Unavailable lang={lang} />
        ) : (
          <SandboxOutcomeProvider outcome={scene?.outcome ?? null}>{children}</SandboxOutcomeProvider>
        )}
      </main>
      <footer className="mx-auto max-w-lg px-4 pb-8 text-center text-xs text-gray-600">{t(lang, 'site.footer')}</footer>
    </>
  );
}
