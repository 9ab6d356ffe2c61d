/**
 * Screen labels for client components: `label(lang, key)` reads the labels only, so a page's
 * browser bundle does not carry the error catalogue (that loads on demand, components/message-box-lazy).
 */
import { format, type Lang } from './format';
import type { Params } from './errors/types';
import { labels, type LabelKey } from './labels';

export function label(lang: Lang, key: LabelKey, params?: Params): string {
  return format(labels[key][lang], params);
}
