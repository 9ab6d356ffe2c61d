import { JourneyInterrupt, StepPage } from '@/components/step-page';
import { buttonClass } from '@/components/ui/button';
import { personIdOf } from '@/lib/holders';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { TextField } from '@/components/ui/text-field';
import { SubmitOnce } from '@/components/ui/submit-once';
import { path } from '@/lib/routes';

/** Step 6 of the manual: ログイン with the 本人ID pre-filled from the ticket. */
export default async function LoginPage() {
  const lang = await getLang();
  const page = await requireStep('login');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  const personId = await personIdOf(page.flow?.holder_id ?? null);
  return (
    <StepPage lang={lang} step="login" title="login.title" notice={page.notice}>
      <p className="mb-4">{t(lang, 'login.lead')}</p>
      <form method="post" action={path('flowLogin')} className="space-y-3">
        <TextField
          id="username"
          label={t(lang, 'login.username')}
          inputMode="numeric"
          autoComplete="username"
          required
          maxLength={20}
          defaultValue={personId ?? ''}
          className="tracking-wider"
        />
        <SubmitOnce className={buttonClass('primary')}>{t(lang, 'login.submit')}</SubmitOnce>
      </form>
    </StepPage>
  );
}
