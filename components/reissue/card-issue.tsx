'use client';

import { useState } from 'react';
import { LazyMessageBox } from '@/components/message-box-lazy';
import { postJson } from '@/components/post-json';
import { label } from '@/lib/messages/label';
import type { ErrorCode, Lang } from '@/lib/messages';
import { path } from '@/lib/routes';

/** 【QRコードを発行する】 and, once issued, the printable card (QR, code in groups of 4, expiry). */
export function CardIssue({ lang }: { lang: Lang }) {
  const [state, setState] = useState<
    { kind: 'idle' | 'pending' } | { kind: 'issued'; html: string } | { kind: 'failed'; code: ErrorCode }
  >({ kind: 'idle' });
  async function issue() {
    setState({ kind: 'pending' });
    const json = await postJson(path('reissueCardIssue'), {});
    setState(
      json.ok === true
        ? { kind: 'issued', html: String(json.cardHtml) }
        : { kind: 'failed', code: String(json.code) as ErrorCode },
    );
  }
  if (state.kind === 'issued')
    return (
      <div>
        <p role="status" className="mb-4 font-bold">
          {label(lang, 'reissue.card.issued')}
        </p>
        <div className="print-cards" dangerouslySetInnerHTML={{ __html: state.html }} />
      </div>
    );
  return (
    <div>
      {state.kind === 'failed' && <LazyMessageBox lang={lang} code={state.code} />}
      <button
        type="button"
        className="bg-brand-700 mt-4 rounded-lg px-6 py-3 font-bold text-white disabled:opacity-50"
        disabled={state.kind === 'pending'}
        onClick={issue}
      >
        {label(lang, 'reissue.card.issue')}
      </button>
    </div>
  );
}
