import { NextSteps } from '@/components/help-links';
import { MessageBox } from '@/components/message-box';
import { JourneyInterrupt, StepPage } from '@/components/step-page';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** After 【セキュリティキーによるサインイン】 on a ticket that is already registered: nothing to do. */
export default async function ConfirmedPage() {
  const lang = await getLang();
  const page = await requireStep('confirmed');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  return (
    <StepPage lang={lang} step="confirmed" title="confirmed.title" notice={page.notice}>
      <MessageBox lang={lang} code="register.alreadyRegistered" tone="info" />
      <p className="mt-4">{t(lang, 'confirmed.lead')}</p>
      <NextSteps lang={lang} />
    </StepPage>
  );
}
