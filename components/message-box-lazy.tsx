'use client';

import { lazy, Suspense } from 'react';
import type { ErrorCode, Params } from '@/lib/messages/errors';
import type { Lang } from '@/lib/messages/format';
import { label } from '@/lib/messages/label';

type Props = {
  lang: Lang;
  /** A code from the catalogue, or one an endpoint answered (checked against the catalogue). */
  code: ErrorCode | string;
  /** Shown instead when `code` is not in the catalogue. */
  fallback?: ErrorCode;
  params?: Params;
  showCauses?: boolean;
  tone?: 'error' | 'info';
};

/**
 * MessageBox for client components: the error catalogue is fetched when the first message is
 * shown, not with the page, so it stays out of every page's first-load JavaScript (issue 10 goal 6).
 */
const CatalogueMessage = lazy(async () => {
  const [{ errors }, { MessageView }] = await Promise.all([import('@/lib/messages/errors'), import('./message-view')]);
  function Resolved({ code, fallback = 'server.unavailable', ...rest }: Props) {
    const known = Object.hasOwn(errors, code) ? (code as ErrorCode) : fallback;
    return <MessageView {...rest} code={known} entry={errors[known]} reissueLink={label(rest.lang, 'help.reissue')} />;
  }
  return { default: Resolved };
});

export function LazyMessageBox(props: Props) {
  return (
    <Suspense fallback={null}>
      <CatalogueMessage {...props} />
    </Suspense>
  );
}
