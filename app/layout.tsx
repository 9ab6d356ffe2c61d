import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: t(await getLang(), 'site.title'), robots: { index: false, follow: false } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#084a8c' };

/**
 * The document only: each route group brings its own chrome (`app/(doctor)/layout.tsx`, the
 * coming `app/(support)`), so the support console does not inherit the doctor's header.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const lang = await getLang();
  // Reading the request makes every page dynamic, so each response carries its own CSP nonce.
  await headers();
  return (
    <html lang={lang}>
      <body className="min-h-dvh bg-gray-50 text-gray-900 antialiased">{children}</body>
    </html>
  );
}
