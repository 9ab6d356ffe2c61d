import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { SiteHeader } from '@/components/site-header';
import { Unavailable } from '@/components/unavailable';
import { DATABASE_DOWN_HEADER } from '@/lib/http/database-down';
import './globals.css';
import { path } from '@/lib/routes';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await getLang(), 'site.title'), robots: { index: false, follow: false } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#084a8c' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await getLang();
  // Reading the request makes every page dynamic, so each response carries its own CSP nonce.
  const requestHeaders = await headers();
  const pathname = requestHeaders.get('x-hpki-path') ?? path('terms');
  // The proxy found the database down: this page is answered with 503 and the message instead.
  const unavailable = requestHeaders.has(DATABASE_DOWN_HEADER);
  return (
    <html lang={lang}>
      <body className="min-h-dvh bg-gray-50 text-gray-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t(lang, 'site.skipToContent')}
        </a>
        <SiteHeader lang={lang} path={pathname} />
        <main id="main" className="mx-auto w-full max-w-lg px-4 pb-16 pt-4">
          {unavailable ? <Unavailable lang={lang} /> : children}
        </main>
        <footer className="mx-auto max-w-lg px-4 pb-8 text-center text-xs text-gray-600">
          {t(lang, 'site.footer')}
        </footer>
      </body>
    </html>
  );
}
