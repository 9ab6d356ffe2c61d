import { JourneyInterrupt, StepPage } from '@/components/step-page';
import { buttonClass } from '@/components/ui/button';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { checkTicket, getTicket } from '@/lib/tickets/lookup';
import { remainingAttempts } from '@/lib/tickets/state';
import { TextField } from '@/components/ui/text-field';
import { SubmitOnce } from '@/components/ui/submit-once';
import { path } from '@/lib/routes';

/** Step 5 of the manual: the birth date as the initial registration password. */
export default async function PasswordPage() {
  const lang = await getLang();
  const page = await requireStep('password');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  const ticket = page.flow?.ticket_id ? await getTicket(page.flow.ticket_id) : undefined;
  const remaining = ticket ? remainingAttempts(ticket) : 0;
  const usable = ticket ? checkTicket(ticket) : undefined;
  if (usable && !usable.ok) {
    // Locked (or expired / superseded meanwhile): no form to try again; the message links on to
    // the re-issue (FAQ Q5).
    return <StepPage lang={lang} step="password" title="password.title" notice={{ code: usable.code }} />;
  }
  return (
    <StepPage lang={lang} step="password" title="password.title" notice={page.notice}>
      <form method="post" action={path('flowPassword')} className="space-y-3">
        <TextField
          id="password"
          label={t(lang, 'password.field')}
          hints={[
            { id: 'password-hint', text: t(lang, 'password.hint') },
            { id: 'password-remaining', text: t(lang, 'password.remaining', { n: remaining }), strong: true },
          ]}
          type="text"
          inputMode="numeric"
          autoComplete="bday"
          required
          maxLength={20}
          className="tracking-widest"
        />
        <SubmitOnce className={buttonClass('primary')}>{t(lang, 'common.ok')}</SubmitOnce>
      </form>
    </StepPage>
  );
}
