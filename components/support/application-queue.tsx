import Link from 'next/link';
import { REISSUE_REASONS, type ReissueReason } from '@/lib/applications/form';
import type { ApplicationCursor, ApplicationState, QueueRow } from '@/lib/applications/queue';
import { t, type Lang } from '@/lib/messages';
import { applicationPath, path } from '@/lib/routes';
import { CELL, HeadCells } from './table-cells';
import { tokyoTime } from '@/lib/i18n/tokyo-time';

const LINK = 'text-brand-700 underline underline-offset-2';
export const APPLICATION_STATES = ['new', 'approved', 'rejected'] as const satisfies readonly ApplicationState[];

/** 再発行の理由 as the form names it (an unknown stored value is shown as it is). */
export function reasonText(lang: Lang, reason: string): string {
  return (REISSUE_REASONS as readonly string[]).includes(reason)
    ? t(lang, `reissueApply.reason.${reason as ReissueReason}`)
    : reason;
}

const cursor = (c: ApplicationCursor) => `${c.at}.${c.id}`;
const queueHref = (state: ApplicationState, page: { after?: ApplicationCursor; before?: ApplicationCursor } = {}) => {
  const params = new URLSearchParams({ state });
  if (page.after) params.set('after', cursor(page.after));
  if (page.before) params.set('before', cursor(page.before));
  return `${path('supportApplications')}?${params.toString()}`;
};

/** 新規 / 承認済み / 却下: one link per state, the current one marked. */
export function ApplicationTabs({ lang, state }: { lang: Lang; state: ApplicationState }) {
  return (
    <nav aria-label={t(lang, 'support.applications.tabs')}>
      <ul className="flex flex-wrap gap-2 border-b-2 border-gray-300">
        {APPLICATION_STATES.map((s) => (
          <li key={s}>
            <Link
              href={queueHref(s)}
              prefetch={false}
              aria-current={s === state ? 'page' : undefined}
              className={`inline-block rounded-t-lg px-5 py-3 font-bold ${
                s === state ? 'bg-gray-900 text-white' : 'text-brand-700 underline underline-offset-2'
              }`}
            >
              {t(lang, `support.applications.state.${s}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One page of the queue, newest first, with 前へ / 次へ that keep the state. */
export function ApplicationTable({
  lang,
  state,
  rows,
  older,
  newer,
}: {
  lang: Lang;
  state: ApplicationState;
  rows: QueueRow[];
  older?: ApplicationCursor;
  newer?: ApplicationCursor | 'first';
}) {
  const prevHref = newer === undefined ? null : queueHref(state, newer === 'first' ? {} : { before: newer });
  const nextHref = older === undefined ? null : queueHref(state, { after: older });
  const decided = state !== 'new';
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-lg font-bold">
        {t(lang, 'support.applications.results')}（{t(lang, `support.applications.state.${state}`)}）
      </h2>
      {rows.length === 0 ? (
        <p role="status">{t(lang, 'support.applications.none')}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="results-heading" tabIndex={0}>
          <table className="w-full border-collapse bg-white text-sm">
            <caption className="sr-only">{t(lang, 'support.applications.results')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <HeadCells
                  lang={lang}
                  keys={[
                    'support.applications.receipt',
                    'support.applications.receivedAt',
                    ...(decided ? (['support.applications.decidedAt'] as const) : []),
                    'support.applications.reason',
                    'support.applications.name',
                    'support.applications.cardId',
                  ]}
                />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className={`${CELL} whitespace-nowrap font-mono`}>
                    <Link href={applicationPath(r.id)} prefetch={false} className={LINK}>
                      {r.receipt}
                    </Link>
                  </td>
                  <td className={`${CELL} whitespace-nowrap`}>{tokyoTime(r.createdAt, lang)}</td>
                  {decided && (
                    <td className={`${CELL} whitespace-nowrap`}>
                      {r.decidedAt === null ? t(lang, 'support.never') : tokyoTime(r.decidedAt, lang)}
                    </td>
                  )}
                  <td className={CELL}>{reasonText(lang, r.reason)}</td>
                  <td className={CELL}>{r.name}</td>
                  <td className={`${CELL} whitespace-nowrap font-mono`}>{r.cardId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(prevHref || nextHref) && (
        <nav aria-label={t(lang, 'support.applications.paging')} className="flex gap-6">
          {prevHref && (
            <Link href={prevHref} prefetch={false} className={LINK}>
              {t(lang, 'support.applications.prev')}
            </Link>
          )}
          {nextHref && (
            <Link href={nextHref} prefetch={false} className={LINK}>
              {t(lang, 'support.applications.next')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
