import type { ErrorEntry, Params } from '@/lib/messages/errors/types';
import { format, text, type Lang } from '@/lib/messages/format';
import { path } from '@/lib/routes';

/**
 * An error or guidance entry from the catalogue: its first line, what to do next and, when asked,
 * the causes with their remedies and numbered setting steps (the manual's よくあるエラーメッセージ).
 * An entry whose way forward is a re-issue links to /reissue (issue 9 #1). It takes the entry
 * itself, so it carries no catalogue: server pages use MessageBox, client components
 * LazyMessageBox (the catalogue loads when a message is shown), error boundaries the one entry
 * (server.unavailable, which needs no link text).
 */
export function MessageView({
  lang,
  code,
  entry,
  reissueLink,
  params,
  showCauses = false,
  tone = 'error',
}: {
  lang: Lang;
  code: string;
  entry: ErrorEntry;
  /** The text of the link to /reissue, for an entry whose remedy is a re-issue. */
  reissueLink?: string;
  params?: Params;
  showCauses?: boolean;
  tone?: 'error' | 'info';
}) {
  const colours =
    tone === 'error' ? 'border-red-700 bg-red-50 text-red-950' : 'border-brand-600 bg-brand-50 text-gray-900';
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      data-message-code={code}
      className={`rounded-xl border-l-4 p-4 ${colours}`}
    >
      <p className="font-bold">{format(entry.text[lang], params)}</p>
      {entry.detail?.map((line, i) => (
        <p key={i} className="mt-2 text-sm">
          {text(lang, line, params)}
        </p>
      ))}
      {showCauses && (
        <ul className="mt-3 space-y-3 text-sm">
          {entry.causes.map((c, i) => (
            <li key={i}>
              <p className="font-semibold">→ {text(lang, c.cause)}</p>
              <p className="mt-1">{text(lang, c.remedy)}</p>
              {c.steps && (
                <ol className="mt-1 list-decimal space-y-1 pl-6">
                  {c.steps.map((s, j) => (
                    <li key={j}>{text(lang, s)}</li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ul>
      )}
      {entry.reissue && reissueLink && (
        <p className="mt-3 text-sm">
          <a href={path('reissue')} className="font-semibold underline underline-offset-2">
            <span aria-hidden="true">→ </span>
            {reissueLink}
          </a>
        </p>
      )}
    </div>
  );
}
