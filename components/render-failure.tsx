'use client';

import { serverErrors } from '@/lib/messages/errors/server';
import { documentLang } from '@/lib/messages/format';
import { MessageView } from './message-view';

/**
 * What an error boundary shows: the catalogue's server.unavailable in the page's language. It
 * imports that one entry, not the catalogue: every page's bundle carries its error boundary.
 */
export function RenderFailure() {
  return (
    <MessageView
      lang={documentLang()}
      code="server.unavailable"
      entry={serverErrors['server.unavailable']}
      showCauses
    />
  );
}
