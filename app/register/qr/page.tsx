import { FlowInterrupt, StepPage } from '@/components/step-page';
import { QrEntry } from '@/components/flow/qr-entry';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

export default async function QrPage() {
  const lang = await getLang();
  const page = await requireStep('qr');
  if (page.status === 'interrupt') return <FlowInterrupt lang={lang} code={page.code} resume={page.resume} />;
  return (
    <StepPage lang={lang} step="qr" title="qr.title" notice={page.notice}>
      <p className="mb-4">{t(lang, 'qr.lead')}</p>
      <QrEntry lang={lang} />
      <p className="mt-6 text-sm">
        <a href="/help/reissue" className="text-brand-700 underline underline-offset-2">
          {t(lang, 'help.reissue')}
        </a>
      </p>
    </StepPage>
  );
}
