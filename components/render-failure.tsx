'use client';

import { MessageBox } from '@/components/message-box';
import { DEFAULT_LANG, isLang } from '@/lib/messages';

/** What an error boundary shows: the catalogue's server.unavailable in the page's language. */
export function RenderFailure() {
  const lang =
    typeof document !== 'undefined' && isLang(document.documentElement.lang)
      ? document.documentElement.lang
      : DEFAULT_LANG;
  return <MessageBox lang={lang} code="server.unavailable" showCauses />;
}
