/**
 * Screen labels for client components: `label(lang, key)` reads the doctor's labels only (not the support console's), so a page's
 * browser bundle does not carry the error catalogue (that loads on demand, components/message-box-lazy).
 */
import { format, type Lang } from './format';
import type { Params } from './errors/types';
import { doctorLabels, type DoctorLabelKey } from './doctor-labels';

export function label(lang: Lang, key: DoctorLabelKey, params?: Params): string {
  return format(doctorLabels[key][lang], params);
}
