'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { t, type Lang, type LabelKey } from '@/lib/messages';
import { path } from '@/lib/routes';
import { REASON_MAX } from '@/lib/support/action-schemas';
import { PrintableCard } from './printable-card';
import { ReasonForm } from './reason-form';
import { ReauthPrompt, useReauthPost } from './reauth-post';
import { StaffMessage } from './staff-message';
import { tokyoTime } from '@/lib/i18n/tokyo-time';

type Kind = 'issue' | 'expire' | 'revoke';

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

/**
 * The admin's actions on a holder (issue 8 #3), each with a required reason that goes into the
 * audit row: 【QRコードを発行】 (shows the printable card once — its code exists nowhere else),
 * 【QRコードを無効化】 and 【デバイスを無効化】. A stale sign-in (over 5 minutes) asks for the passkey
 * in place and then sends the action again.
 */
export function HolderActions({ lang, holderId, cardStyle }: { lang: Lang; holderId: string; cardStyle: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ code: string; tone: 'error' | 'info' } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [card, setCard] = useState<{ html: string; expiresAt: number } | null>(null);
  const { waiting, busy, send } = useReauthPost<Kind>({
    reset: () => {
      setMessage(null);
      setDone(null);
    },
    answered: (kind, json) => {
      if (json.ok !== true) return setMessage({ code: String(json.code), tone: 'error' });
      if (kind === 'issue') setCard({ html: String(json.cardHtml), expiresAt: Number(json.expiresAt) });
      else setCard(null);
      if (kind === 'expire') setDone(t(lang, 'support.actions.expired', { n: Number(json.expired) }));
      if (kind === 'revoke') setDone(t(lang, 'support.actions.revoked'));
      router.refresh();
    },
  });

  function act(kind: Kind) {
    return (reason: string, form: HTMLFormElement) => {
      const body: Record<string, unknown> = { holderId, reason };
      if (kind === 'issue') body.replacesDevice = new FormData(form).get('replacesDevice') === 'on';
      form.reset();
      void send({ kind, url: URL_OF[kind], body });
    };
  }

  const form = (kind: Kind) => (
    <ReasonForm
      key={kind}
      action={t(lang, LABEL_OF[kind])}
      fieldId={`reason-${kind}`}
      fieldLabel={t(lang, 'support.actions.reason')}
      max={REASON_MAX}
      tone={kind === 'issue' ? 'primary' : 'danger'}
      busy={busy}
      onReason={act(kind)}
      onInvalid={() => setMessage({ code: 'staff.reasonRequired', tone: 'error' })}
    >
      {kind === 'issue' && (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="replacesDevice" className="h-5 w-5" />
          {t(lang, 'support.actions.replacesDevice')}
        </label>
      )}
    </ReasonForm>
  );

  return (
    <section aria-labelledby="actions-heading" className="space-y-4">
      <h2 id="actions-heading" className="text-lg font-bold">
        {t(lang, 'support.actions.title')}
      </h2>
      <ReauthPrompt lang={lang} waiting={waiting} send={send} />
      {message && <StaffMessage lang={lang} code={message.code} tone={message.tone} />}
      {done && (
        <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4 font-bold">
          {done}
        </p>
      )}
      {card && (
        <PrintableCard
          lang={lang}
          status={t(lang, 'support.actions.issued', { expiresAt: tokyoTime(card.expiresAt, lang) })}
          html={card.html}
          cardStyle={cardStyle}
        />
      )}
      <div className="grid gap-4 lg:grid-cols-3">{(['issue', 'expire', 'revoke'] as const).map(form)}</div>
    </section>
  );
}
