import { errorEntry, t, type ErrorCode, type Lang, type Params } from '@/lib/messages';
import { MessageView } from './message-view';

/** The catalogue entry `code` as a message box (server components; see MessageView). */
export function MessageBox(props: {
  lang: Lang;
  code: ErrorCode;
  params?: Params;
  showCauses?: boolean;
  tone?: 'error' | 'info';
}) {
  return <MessageView {...props} entry={errorEntry(props.code)} reissueLink={t(props.lang, 'help.reissue')} />;
}
