import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { CentreContact, HelpLinks } from '@/components/help-links';
import { getLang } from '@/lib/i18n/server';

/** Every help page ends with the way onward and the certification centre to contact. */
export default async function HelpLayout({ children }: { children: ReactNode }) {
  const lang = await getLang();
  const path = (await headers()).get('x-hpki-path') ?? undefined;
  return (
    <>
      {children}
      <HelpLinks lang={lang} current={path} />
      <CentreContact lang={lang} />
    </>
  );
}
