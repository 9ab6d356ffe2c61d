'use client';

import { LazyMessageBox } from '@/components/message-box-lazy';
import type { ErrorCode, Lang } from '@/lib/messages';
import { useSandboxOutcome } from './outcome';

/**
 * Shows the sandbox's simulated outcome on a page that has no ceremony to answer with it, when it
 * is one of `codes` (the re-issue messages, until re-issue has its own screens).
 */
export function SimulatedMessage({ lang, codes }: { lang: Lang; codes: readonly ErrorCode[] }) {
  const outcome = useSandboxOutcome();
  if (!outcome || !codes.includes(outcome.code)) return null;
  return (
    <div className="mb-4">
      <LazyMessageBox lang={lang} code={outcome.code} params={outcome.params} showCauses />
    </div>
  );
}
