'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { buttonClass } from '@/components/ui/button';
import { t, type Lang } from '@/lib/messages';
import { path } from '@/lib/routes';
import { REJECTION_MAX } from '@/lib/support/action-schemas';
import { PrintableCard } from './printable-card';
import { ReasonForm } from './reason-form';
import { ReauthPrompt, useReauthPost } from './reauth-post';
import { StaffMessage } from './staff-message';
import { tokyoTime } from '@/lib/i18n/tokyo-time';

type Kind = 'approve' | 'reject';
const URL_OF = { approve: path('supportApplicationApprove'), reject: path('supportApplicationReject') } as const;

/**
 * The admin's decision on a re-issue application (issue 9 #3): 【承認する】 issues the ticket and
 * shows its printable card once (the code exists nowhere else); 【却下する】 needs a reason. A stale
 * sign-in (over 5 minutes) asks for the passkey in place and sends the decision again. `open`:
 * the application still waits; the card stays on screen after the page refreshes to its new state.
 */
export function ApplicationDecision({
  lang,
  applicationId,
  open,
  cardStyle,
}: {
  lang: Lang;
  applicationId: string;
  open: boolean;
  cardStyle: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [rejected, setRejected] = useState(false);
  const [card, setCard] = useState<{ html: string; expiresAt: number } | null>(null);
  const { waiting, busy, send } = useReauthPost<Kind>({
    reset: () => setMessage(null),
    answered: (kind, json) => {
      if (json.ok !== true) return setMessage(String(json.code));
      if (kind === 'approve') setCard({ html: String(json.cardHtml), expiresAt: Number(json.expiresAt) });
      else setRejected(true);
      router.refresh();
    },
  });
  const decide = (kind: Kind, body: Record<string, unknown>) => void send({ kind, url: URL_OF[kind], body });

  function approve(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    decide('approve', { applicationId });
  }

  return (
    <section aria-labelledby="decide-heading" className="space-y-4">
      <h2 id="decide-heading" className="text-lg font-bold">
        {t(lang, 'support.application.decide')}
      </h2>
      <ReauthPrompt lang={lang} waiting={waiting} send={send} />
      {message && <StaffMessage lang={lang} code={message} />}
      {rejected && (
        <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4 font-bold">
          {t(lang, 'support.application.rejected')}
        </p>
      )}
      {card && (
        <PrintableCard
          lang={lang}
          status={t(lang, 'support.application.approved', { expiresAt: tokyoTime(card.expiresAt, lang) })}
          html={card.html}
          cardStyle={cardStyle}
        />
      )}
      {open && !card && !rejected && (
        <div className="grid gap-4 lg:grid-cols-2">
          <form
            aria-label={t(lang, 'support.application.approve')}
            onSubmit={approve}
            className="rounded-xl border border-gray-300 bg-white p-4"
          >
            <button type="submit" disabled={busy} className={`${buttonClass('primary')} sm:w-auto sm:px-8`}>
              {t(lang, 'support.application.approve')}
            </button>
          </form>
          <ReasonForm
            action={t(lang, 'support.application.reject')}
            fieldId="reject-reason"
            fieldLabel={t(lang, 'support.application.rejectReason')}
            max={REJECTION_MAX}
            rows={3}
            tone="danger"
            busy={busy}
            onReason={(reason) => decide('reject', { applicationId, reason })}
            onInvalid={() => setMessage('staff.rejectionReasonRequired')}
          />
        </div>
      )}
    </section>
  );
}
