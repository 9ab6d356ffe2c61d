import { LabelForm } from '@/components/flow/label-form';
import { JourneyInterrupt, StepPage } from '@/components/step-page';
import { credentialSummary } from '@/lib/credentials';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { path } from '@/lib/routes';

/** ラベル登録: pre-filled automatic label; 【OK】 and 【キャンセル】 both finish (manual step 9). */
export default async function LabelPage() {
  const lang = await getLang();
  const page = await requireStep('label');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  const credential = await credentialSummary(page.flow?.credential_id);
  return (
    <StepPage lang={lang} step="label" title="label.title" notice={page.notice}>
      <p className="mb-4">{t(lang, 'label.lead')}</p>
      <LabelForm lang={lang} action={path('flowLabel')} label={credential?.label ?? ''} />
    </StepPage>
  );
}
