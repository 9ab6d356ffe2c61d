import Link from 'next/link';
import { StepPage, FlowInterrupt } from '@/components/step-page';
import { buttonClass } from '@/components/ui/button';
import { NavButton } from '@/components/ui/nav-button';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** Step 2: first registration, ログイン (FAQ Q6) or device change (FAQ Q1); also where a finished flow returns. */
export default async function StartPage() {
  const lang = await getLang();
  const page = await requireStep('start');
  if (page.status === 'interrupt') return <FlowInterrupt lang={lang} code={page.code} resume={page.resume} />;
  return (
    <StepPage lang={lang} step="start" title="start.title" notice={page.notice}>
      <p className="mb-6">{t(lang, 'start.lead')}</p>
      <div className="space-y-3">
        <form method="post" action="/api/flow/start">
          <button type="submit" className={buttonClass('primary')}>
            {t(lang, 'start.firstRegistration')}
          </button>
        </form>
        <NavButton href="/login" label={t(lang, 'start.login')} />
        <NavButton href="/device" label={t(lang, 'start.changeDevice')} />
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
          <Link href="/help/faq" prefetch={false}>
            {t(lang, 'help.faq')}
          </Link>
        </li>
        <li>
          <Link href="/help/errors" prefetch={false}>
            {t(lang, 'help.errors')}
          </Link>
        </li>
        <li>
          <Link href="/help/reissue" prefetch={false}>
            {t(lang, 'help.reissue')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
