import { NextSteps } from '@/components/help-links';
import { RegisteredSummary } from '@/components/registered-summary';
import { JourneyInterrupt, StepPage } from '@/components/step-page';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** 「登録が完了しました」 with the label, the time, and how to confirm later (FAQ Q6). */
export default async function CompletePage() {
  const lang = await getLang();
  const page = await requireStep('complete');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  return (
    <StepPage lang={lang} step="complete" title="complete.title" notice={page.notice}>
      <RegisteredSummary lang={lang} credentialId={page.flow?.credential_id} lead="complete.subtitle" />
      <p className="mt-6">{t(lang, 'complete.next')}</p>
      <NextSteps lang={lang} />
    </StepPage>
  );
}
