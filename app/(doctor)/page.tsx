import { StepPage, JourneyInterrupt } from '@/components/step-page';
import { TermsForm } from '@/components/flow/terms-form';
import { carriedNotice } from '@/lib/flow/notice';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** Step 1: 利用規約. The site's home page; a new visitor starts here. */
export default async function TermsPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  const lang = await getLang();
  const page = await requireStep('terms');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  // Over the flow-creation limit nothing is stored: the message comes in `?notice=`.
  const carried = carriedNotice('terms', (await searchParams).notice);
  return (
    <StepPage lang={lang} step="terms" title="terms.title" notice={page.notice ?? carried}>
      <div
        tabIndex={0}
        aria-label={t(lang, 'terms.title')}
        className="max-h-80 space-y-3 overflow-y-auto rounded-xl border border-gray-300 bg-white p-4 text-sm leading-relaxed"
      >
        {t(lang, 'terms.body')
          .split('\n')
          .map((p, i) => (
            <p key={i}>{p}</p>
          ))}
      </div>
      <TermsForm lang={lang} />
    </StepPage>
  );
}
