/**
 * Screen labels for client components: `label(lang, key)` reads the doctor's labels only (not the support console's), so a page's
 * browser bundle does not carry the error catalogue (that loads on demand, components/message-box-lazy).
 */
import { format, type Lang } from './format';
import type { Params, Text } from './errors/types';
import { doctorLabels, type DoctorLabelKey } from './doctor-labels';

/** A label function over one table of labels. */
export function labelFrom<T extends Record<string, Text>>(table: T) {
  return (lang: Lang, key: keyof T & string, params?: Params): string => format(table[key]![lang], params);
}

export const label: (lang: Lang, key: DoctorLabelKey, params?: Params) => string = labelFrom(doctorLabels);
