'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { postJson } from '@/components/post-json';
import { buttonClass } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { t, type Lang, type LabelKey } from '@/lib/messages';
import { path } from '@/lib/routes';
import { REASON_MAX } from '@/lib/support/action-schemas';
import { StaffMessage } from './staff-message';
import { StaffPasskey } from './staff-passkey';
import { tokyoTime } from './tokyo-time';

type Kind = 'issue' | 'expire' | 'revoke';
type Pending = { kind: Kind; body: Record<string, unknown> };

const URL_OF: Record<Kind, string> = {
  issue: path('supportHolderIssue'),
  expire: path('supportHolderExpire'),
  revoke: path('supportHolderRevoke'),
};
const LABEL_OF: Record<Kind, LabelKey> = {
  issue: 'support.actions.issue',
  expire: 'support.actions.expire',
  revoke: 'support.actions.revoke',
};

/** Only the card prints: the rest of the console is hidden on paper. */
const PRINT_STYLE = `@page { size: A6 portrait; margin: 8mm; }
@media print { body * { visibility: hidden; } .print-cards, .print-cards * { visibility: visible; } .print-cards { position: absolute; inset: 0 auto auto 0; } }`;

/**
 * The admin's actions on a holder (issue 8 #3), each with a required reason that goes into the
 * audit row: 【QRコードを発行】 (shows the printable card once — its code exists nowhere else),
 * 【QRコードを無効化】 and 【デバイスを無効化】. A stale sign-in (over 5 minutes) asks for the passkey
 * in place and then sends the action again.
 */
export function HolderActions({ lang, holderId, cardStyle }: { lang: Lang; holderId: string; cardStyle: string }) {
  const router = useRouter();
  const [waiting, setWaiting] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ code: string; tone: 'error' | 'info' } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [card, setCard] = useState<{ html: string; expiresAt: number } | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(pending: Pending) {
    setBusy(true);
    setMessage(null);
    setDone(null);
    const json = await postJson(URL_OF[pending.kind], pending.body);
    setBusy(false);
    if (json.code === 'staff.reauthRequired') return setWaiting(pending);
    setWaiting(null);
    if (json.ok !== true) return setMessage({ code: String(json.code), tone: 'error' });
    if (pending.kind === 'issue') setCard({ html: String(json.cardHtml), expiresAt: Number(json.expiresAt) });
    else setCard(null);
    if (pending.kind === 'expire') setDone(t(lang, 'support.actions.expired', { n: Number(json.expired) }));
    if (pending.kind === 'revoke') setDone(t(lang, 'support.actions.revoked'));
    router.refresh();
  }

  function submit(kind: Kind) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      const reason = String(form.get('reason') ?? '').trim();
      if (!reason || reason.length > REASON_MAX) return setMessage({ code: 'staff.reasonRequired', tone: 'error' });
      const body: Record<string, unknown> = { holderId, reason };
      if (kind === 'issue') body.replacesDevice = form.get('replacesDevice') === 'on';
      event.currentTarget.reset();
      void send({ kind, body });
    };
  }

  const form = (kind: Kind) => (
    <form
      key={kind}
      aria-label={t(lang, LABEL_OF[kind])}
      onSubmit={submit(kind)}
      className="space-y-3 rounded-xl border border-gray-300 bg-white p-4"
      noValidate
    >
      <TextField
        id={`reason-${kind}`}
        name="reason"
        label={t(lang, 'support.actions.reason')}
        maxLength={REASON_MAX}
        required
      />
      {kind === 'issue' && (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="replacesDevice" className="h-5 w-5" />
          {t(lang, 'support.actions.replacesDevice')}
        </label>
      )}
      <button
        type="submit"
        disabled={busy}
        className={
          kind === 'issue'
            ? `${buttonClass('primary')} sm:w-auto sm:px-8`
            : 'min-h-12 rounded-lg bg-red-700 px-6 font-bold text-white hover:bg-red-800 disabled:opacity-60'
        }
      >
        {t(lang, LABEL_OF[kind])}
      </button>
    </form>
  );

  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <h2 id="actions-heading" className="text-lg font-bold">
        {t(lang, 'support.actions.title')}
      </h2>
      {waiting && (
        <div className="space-y-3 rounded-xl border-2 border-amber-600 bg-amber-50 p-4">
          <StaffMessage lang={lang} code="staff.reauthRequired" />
          <StaffPasskey lang={lang} mode="reauth" onVerified={() => void send(waiting)} />
        </div>
      )}
      {message && <StaffMessage lang={lang} code={message.code} tone={message.tone} />}
      {done && (
        <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4 font-bold">
          {done}
        </p>
      )}
      {card && (
        <div className="space-y-3">
          <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4 font-bold">
            {t(lang, 'support.actions.issued', { expiresAt: tokyoTime(card.expiresAt, lang) })}
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
      <div className="grid gap-4 lg:grid-cols-3">{(['issue', 'expire', 'revoke'] as const).map(form)}</div>
    </section>
  );
}
