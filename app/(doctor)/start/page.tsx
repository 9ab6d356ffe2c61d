import Link from 'next/link';
import { StepPage, JourneyInterrupt } from '@/components/step-page';
import { buttonClass } from '@/components/ui/button';
import { NavButton } from '@/components/ui/nav-button';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { path } from '@/lib/routes';

/** Step 2: first registration, ログイン (FAQ Q6) or device change (FAQ Q1); also where a finished flow returns. */
export default async function StartPage() {
  const lang = await getLang();
  const page = await requireStep('start');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  return (
    <StepPage lang={lang} step="start" title="start.title" notice={page.notice}>
      <p className="mb-6">{t(lang, 'start.lead')}</p>
      <div className="space-y-3">
        <form method="post" action={path('flowStart')}>
          <button type="submit" className={buttonClass('primary')}>
            {t(lang, 'start.firstRegistration')}
          </button>
        </form>
        <NavButton href={path('login')} label={t(lang, 'start.login')} />
        <NavButton href={path('device')} label={t(lang, 'start.changeDevice')} />
      </div>
      <HelpLinks lang={lang} />
    </StepPage>
  );
}

function HelpLinks({ lang }: { lang: 'ja' | 'en' }) {
  return (
    <nav aria-label={t(lang, 'start.links')} className="mt-8">
      <ul className="space-y-2 text-brand-700 underline underline-offset-2">
        <li>
          <Link href={path('helpFaq')} prefetch={false}>
            {t(lang, 'help.faq')}
          </Link>
        </li>
        <li>
          <Link href={path('helpErrors')} prefetch={false}>
            {t(lang, 'help.errors')}
          </Link>
        </li>
        <li>
          <Link href={path('reissue')} prefetch={false}>
            {t(lang, 'help.reissue')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
