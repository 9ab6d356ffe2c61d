import { FlowInterrupt, StepPage } from '@/components/step-page';
import { credentialSummary, formatTokyoTime } from '@/lib/flow/credential-summary';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** 「登録が完了しました」 with the label, the time, and how to confirm later (FAQ Q6). */
export default async function CompletePage() {
  const lang = await getLang();
  const page = await requireStep('complete');
  if (page.status === 'interrupt') return <FlowInterrupt lang={lang} code={page.code} />;
  const credential = await credentialSummary(page.flow?.credential_id);
  return (
    <StepPage lang={lang} step="complete" title="complete.title" notice={page.notice}>
      <div role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4">
        <p className="text-sm text-gray-700">{t(lang, 'complete.subtitle')}</p>
        {credential && (
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">{t(lang, 'complete.label')}</dt>
            <dd data-testid="registered-label">{credential.label}</dd>
            <dt className="font-semibold">{t(lang, 'complete.time')}</dt>
            <dd>{formatTokyoTime(credential.created_at, lang)}</dd>
          </dl>
        )}
      </div>
      <p className="mt-6">{t(lang, 'complete.next')}</p>
    </StepPage>
  );
}
