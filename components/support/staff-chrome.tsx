import type { ReactNode } from 'react';
import Link from 'next/link';
import { headers } from 'next/headers';
import { currentStaffSession } from '@/lib/auth/staff-session';
import { can } from '@/lib/authz/permissions';
import { DATABASE_DOWN_HEADER } from '@/lib/http/database-down';
import { getLang } from '@/lib/i18n/server';
import { t, type Lang } from '@/lib/messages';
import { path } from '@/lib/routes';
import { Unavailable } from '@/components/unavailable';
import { SignOutButton } from './sign-out-button';

/**
 * The support console's chrome (no doctor chrome): console title, the signed-in staff member with
 * the menu and 【サインアウト】, the language switch. Desktop-first (the centre's PCs): up to 1280 px wide
 * so the tables fit, still usable on a phone. Showing the menu is not access control: every page and handler calls the guard.
 */
export async function StaffChrome({ children }: { children: ReactNode }) {
  const lang = await getLang();
  const requestHeaders = await headers();
  const pathname = requestHeaders.get('x-hpki-path') ?? path('support');
  const unavailable = requestHeaders.has(DATABASE_DOWN_HEADER);
  const session = unavailable ? null : await currentStaffSession();
  const principal = session ? ({ kind: 'staff', staffId: session.staffId, role: session.role } as const) : null;
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        {t(lang, 'site.skipToContent')}
      </a>
      <header className="bg-gray-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="font-bold">{t(lang, 'support.title')}</p>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            {session && (
              <span>
                {session.name}（{t(lang, `support.role.${session.role}`)}）
              </span>
            )}
            <LanguageSwitch lang={lang} back={pathname} />
          </div>
        </div>
        {principal && (
          <nav aria-label={t(lang, 'support.nav')} className="border-t border-white/20">
            <ul className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-4 py-2 text-sm">
              <li>
                <Link href={path('support')} prefetch={false} className="underline-offset-2 hover:underline">
                  {t(lang, 'support.nav.home')}
                </Link>
              </li>
              {can(principal, 'errors.reproduce') && (
                <li>
                  <Link href={path('supportErrors')} prefetch={false} className="underline-offset-2 hover:underline">
                    {t(lang, 'support.nav.errors')}
                  </Link>
                </li>
              )}
              {can(principal, 'applications.read') && (
                <li>
                  <Link
                    href={path('supportApplications')}
                    prefetch={false}
                    className="underline-offset-2 hover:underline"
                  >
                    {t(lang, 'support.nav.applications')}
                  </Link>
                </li>
              )}
              {can(principal, 'audit.read') && (
                <li>
                  <Link href={path('supportAudit')} prefetch={false} className="underline-offset-2 hover:underline">
                    {t(lang, 'support.nav.audit')}
                  </Link>
                </li>
              )}
              {can(principal, 'staff.manage') && (
                <li>
                  <Link href={path('supportStaff')} prefetch={false} className="underline-offset-2 hover:underline">
                    {t(lang, 'support.nav.staff')}
                  </Link>
                </li>
              )}
              <li className="ml-auto">
                <SignOutButton lang={lang} />
              </li>
            </ul>
          </nav>
        )}
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl px-4 pb-16 pt-6">
        {unavailable ? <Unavailable lang={lang} /> : children}
      </main>
    </>
  );
}

function LanguageSwitch({ lang, back }: { lang: Lang; back: string }) {
  const other: Lang = lang === 'ja' ? 'en' : 'ja';
  return (
    <a
      href={`${path('lang')}?to=${other}&back=${encodeURIComponent(back)}`}
      lang={other}
      hrefLang={other}
      className="rounded-lg border border-white/70 px-3 py-1 underline-offset-2 hover:underline"
    >
      {t(lang, other === 'en' ? 'site.switchToEnglish' : 'site.switchToJapanese')}
    </a>
  );
}
