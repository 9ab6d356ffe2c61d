import { JourneyInterrupt, StepPage } from '@/components/step-page';
import { QrEntry } from '@/components/flow/qr-entry';
import { carriedNotice } from '@/lib/flow/notice';
import { flowToken, requireStep } from '@/lib/flow/server';
import { loadFlow } from '@/lib/flow/store';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { path } from '@/lib/routes';

/**
 * Step 3: QR entry. A refused deep link leaves no flow: its message comes in `?notice=` and the form
 * works without a flow (the code is then handled as if its URL had been opened).
 */
export default async function QrPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  const lang = await getLang();
  const carried = carriedNotice('qr', (await searchParams).notice);
  const page =
    carried && !(await loadFlow(await flowToken()))
      ? { status: 'ok' as const, notice: carried }
      : await requireStep('qr');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  return (
    <StepPage lang={lang} step="qr" title="qr.title" notice={page.notice}>
      <p className="mb-4">{t(lang, 'qr.lead')}</p>
      <QrEntry lang={lang} />
      <p className="mt-6 text-sm">
        <a href={path('reissue')} className="text-brand-700 underline underline-offset-2">
          {t(lang, 'help.reissue')}
        </a>
      </p>
    </StepPage>
  );
}
