import type { ReactNode } from 'react';
import Link from 'next/link';
import { centre, type HelpLink } from '@/lib/messages/help';
import { t, text, type LabelKey, type Lang, type Text } from '@/lib/messages';
import { buttonClass } from './ui/button';
import { path } from '@/lib/routes';

const LINK = 'text-brand-700 underline underline-offset-2';

const ONWARD: Array<{ href: string; label: LabelKey }> = [
  { href: path('terms'), label: 'site.home' },
  { href: path('helpFaq'), label: 'help.faq' },
  { href: path('helpErrors'), label: 'help.errors' },
  { href: path('reissue'), label: 'help.reissue' },
];

/** お困りの方: the top page and the help pages (`current` is marked, not left out). */
export function HelpLinks({ lang, current }: { lang: Lang; current?: string }) {
  return (
    <nav aria-label={t(lang, 'start.links')} className="mt-8">
      <ul className={`space-y-2 ${LINK}`}>
        {ONWARD.map(({ href, label }) => (
          <li key={href}>
            <Link href={href} prefetch={false} aria-current={href === current ? 'page' : undefined}>
              {t(lang, label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One card of a help page: a question or a way, its paragraphs, then where to go on. */
export function HelpSection({
  lang,
  id,
  title,
  body,
  children,
}: {
  lang: Lang;
  id: string;
  title: Text;
  body: Text[];
  children?: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="rounded-xl border border-gray-300 bg-white p-4">
      <h2 id={`${id}-title`} className="font-bold">
        {text(lang, title)}
      </h2>
      {body.map((line, i) => (
        <p key={i} className="mt-2">
          {text(lang, line)}
        </p>
      ))}
      {children}
    </section>
  );
}

/** Links to the certification centre's own pages. */
export function ExternalLinks({ lang, links }: { lang: Lang; links: HelpLink[] }) {
  return (
    <ul className={`mt-2 list-disc space-y-1 pl-6 ${LINK}`}>
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href}>{text(lang, link.label)}</a>
        </li>
      ))}
    </ul>
  );
}

/** お問い合わせ: the certification centre (lib/messages/help.ts). */
export function CentreContact({ lang }: { lang: Lang }) {
  return (
    <section aria-labelledby="contact" className="mt-8 rounded-xl border border-gray-300 bg-white p-4">
      <h2 id="contact" className="font-bold">
        {t(lang, 'contact.title')}
      </h2>
      <p className="mt-2">{text(lang, centre.lead)}</p>
      <ExternalLinks lang={lang} links={centre.links} />
    </section>
  );
}

/** The way on from a finished journey: 【ログイン】 to confirm the registration (FAQ Q6), then help. */
export function NextSteps({ lang }: { lang: Lang }) {
  return (
    <>
      <form method="get" action="/login" className="mt-6">
        <button type="submit" className={buttonClass('primary')}>
          {t(lang, 'start.login')}
        </button>
      </form>
      <HelpLinks lang={lang} />
    </>
  );
}
