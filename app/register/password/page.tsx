import { FlowInterrupt, StepPage } from '@/components/step-page';
import { buttonClass } from '@/components/ui/button';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import Link from 'next/link';
import { checkTicket, getTicket } from '@/lib/tickets/lookup';
import { remainingAttempts } from '@/lib/tickets/state';

/** Step 5 of the manual: the birth date as the initial registration password. */
export default async function PasswordPage() {
  const lang = await getLang();
  const page = await requireStep('password');
  if (page.status === 'interrupt') return <FlowInterrupt lang={lang} code={page.code} />;
  const ticket = page.flow?.ticket_id ? await getTicket(page.flow.ticket_id) : undefined;
  const remaining = ticket ? remainingAttempts(ticket) : 0;
  const usable = ticket ? checkTicket(ticket) : undefined;
  if (usable && !usable.ok) {
    // Locked (or expired / superseded meanwhile): no form to try again, only the way forward (FAQ Q5).
    return (
      <StepPage lang={lang} step="password" title="password.title" notice={{ code: usable.code }}>
        <Link href="/help/reissue" prefetch={false} className={buttonClass('secondary')}>
          {t(lang, 'help.reissue')}
        </Link>
      </StepPage>
    );
  }
  return (
    <StepPage lang={lang} step="password" title="password.title" notice={page.notice}>
      <form method="post" action="/api/flow/password" className="space-y-3">
        <label htmlFor="password" className="block font-semibold">
          {t(lang, 'password.field')}
        </label>
        <input
          id="password"
          name="password"
          type="text"
          inputMode="numeric"
          autoComplete="bday"
          required
          maxLength={20}
          aria-describedby="password-hint password-remaining"
          className="min-h-12 w-full rounded-lg border-2 border-gray-400 px-3 text-lg tracking-widest"
        />
        <p id="password-hint" className="text-sm text-gray-700">
          {t(lang, 'password.hint')}
        </p>
        <p id="password-remaining" className="text-sm font-semibold">
          {t(lang, 'password.remaining', { n: remaining })}
        </p>
        <button type="submit" className={buttonClass('primary')}>
          {t(lang, 'common.ok')}
        </button>
      </form>
    </StepPage>
  );
}
