'use client';

import { MessageBox } from '@/components/message-box';
import { DEFAULT_LANG, isLang } from '@/lib/messages';

/** A page that failed to render shows the catalogue's server.unavailable, not a stack trace. */
export default function ErrorPage() {
  const lang =
    typeof document !== 'undefined' && isLang(document.documentElement.lang)
      ? document.documentElement.lang
      : DEFAULT_LANG;
  return <MessageBox lang={lang} code="server.unavailable" showCauses />;
}
