'use client';

import { LazyMessageBox } from '@/components/message-box-lazy';
import type { ErrorCode, Lang, Params } from '@/lib/messages';
import { useSandboxOutcome } from './outcome';

/**
 * Shows the sandbox's simulated outcome on a page that has no ceremony to answer with it, when it
 * is one of `codes` (the re-issue messages). `params` fills the page's own placeholders (the
 * refused photo's `{reason}` on the application form).
 */
export function SimulatedMessage({
  lang,
  codes,
  params,
}: {
  lang: Lang;
  codes: readonly ErrorCode[];
  params?: Params;
}) {
  const outcome = useSandboxOutcome();
  if (!outcome || !codes.includes(outcome.code)) return null;
  return (
    <div className="mb-4">
      <LazyMessageBox lang={lang} code={outcome.code} params={{ ...outcome.params, ...params }} showCauses />
    </div>
  );
}
