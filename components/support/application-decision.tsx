'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { postJson } from '@/components/post-json';
import { buttonClass } from '@/components/ui/button';
import { t, type Lang } from '@/lib/messages';
import { path } from '@/lib/routes';
import { REJECTION_MAX } from '@/lib/support/action-schemas';
import { StaffMessage } from './staff-message';
import { StaffPasskey } from './staff-passkey';
import { tokyoTime } from './tokyo-time';

type Pending = { kind: 'approve' | 'reject'; body: Record<string, unknown> };
const URL_OF = { approve: path('supportApplicationApprove'), reject: path('supportApplicationReject') } as const;

/** Only the card prints: the rest of the console is hidden on paper. */
const PRINT_STYLE = `@page { size: A6 portrait; margin: 8mm; }
@media print { body * { visibility: hidden; } .print-cards, .print-cards * { visibility: visible; } .print-cards { position: absolute; inset: 0 auto auto 0; } }`;

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
  const [waiting, setWaiting] = useState<Pending | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rejected, setRejected] = useState(false);
  const [card, setCard] = useState<{ html: string; expiresAt: number } | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(pending: Pending) {
    setBusy(true);
    setMessage(null);
    const json = await postJson(URL_OF[pending.kind], pending.body);
    setBusy(false);
    if (json.code === 'staff.reauthRequired') return setWaiting(pending);
    setWaiting(null);
    if (json.ok !== true) return setMessage(String(json.code));
    if (pending.kind === 'approve') setCard({ html: String(json.cardHtml), expiresAt: Number(json.expiresAt) });
    else setRejected(true);
    router.refresh();
  }

  function approve(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send({ kind: 'approve', body: { applicationId } });
  }

  function reject(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (!reason || reason.length > REJECTION_MAX) return setMessage('staff.rejectionReasonRequired');
    void send({ kind: 'reject', body: { applicationId, reason } });
  }

  return (
    <section aria-labelledby="decide-heading" className="space-y-4">
      <h2 id="decide-heading" className="text-lg font-bold">
        {t(lang, 'support.application.decide')}
      </h2>
      {waiting && (
        <div className="space-y-3 rounded-xl border-2 border-amber-600 bg-amber-50 p-4">
          <StaffMessage lang={lang} code="staff.reauthRequired" />
          <StaffPasskey lang={lang} mode="reauth" onVerified={() => void send(waiting)} />
        </div>
      )}
      {message && <StaffMessage lang={lang} code={message} />}
      {rejected && (
        <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4 font-bold">
          {t(lang, 'support.application.rejected')}
        </p>
      )}
      {card && (
        <div className="space-y-3">
          <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4 font-bold">
            {t(lang, 'support.application.approved', { expiresAt: tokyoTime(card.expiresAt, lang) })}
          </p>
          <style>{`${cardStyle}\n${PRINT_STYLE}`}</style>
          {/* The card's HTML comes from lib/cards (every value escaped there), as the print run's. */}
          <div className="print-cards" dangerouslySetInnerHTML={{ __html: card.html }} />
          <button
            type="button"
            className={`${buttonClass('secondary')} sm:w-auto sm:px-8`}
            onClick={() => window.print()}
          >
            {t(lang, 'support.actions.print')}
          </button>
        </div>
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
          <form
            aria-label={t(lang, 'support.application.reject')}
            onSubmit={reject}
            className="space-y-3 rounded-xl border border-gray-300 bg-white p-4"
            noValidate
          >
            <label htmlFor="reject-reason" className="block font-semibold">
              {t(lang, 'support.application.rejectReason')}
            </label>
            <textarea
              id="reject-reason"
              name="reason"
              required
              maxLength={REJECTION_MAX}
              rows={3}
              className="w-full rounded-lg border-2 border-gray-400 px-3 py-2 text-lg"
            />
            <button
              type="submit"
              disabled={busy}
              className="min-h-12 rounded-lg bg-red-700 px-6 font-bold text-white hover:bg-red-800 disabled:opacity-60"
            >
              {t(lang, 'support.application.reject')}
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
