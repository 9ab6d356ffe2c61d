import { FlowInterrupt, StepPage } from '@/components/step-page';
import { QrEntry } from '@/components/flow/qr-entry';
import { noticeFromUrl } from '@/lib/flow/notice';
import { flowToken, requireStep } from '@/lib/flow/server';
import { loadFlow } from '@/lib/flow/store';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

export default async function QrPage({ searchParams }: { searchParams: Promise<{ notice?: string | string[] }> }) {
  const lang = await getLang();
  // A damaged QR URL lands here with its notice in the URL and no flow row (proxy.ts).
  const urlNotice = noticeFromUrl((await searchParams).notice);
  const page = urlNotice && !(await loadFlow(await flowToken())) ? null : await requireStep('qr');
  if (page?.status === 'interrupt') return <FlowInterrupt lang={lang} code={page.code} />;
  return (
    <StepPage lang={lang} step="qr" title="qr.title" notice={urlNotice ?? page?.notice}>
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
