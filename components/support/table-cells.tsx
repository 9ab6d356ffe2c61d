import { t, type Lang, type LabelKey } from '@/lib/messages';

/** A console table's cell: ruled below, text at the top left. */
export const CELL = 'border-b border-gray-200 px-3 py-2 text-left align-top';

/** A console table's column headings (the header row's cells), from the catalogue. */
export function HeadCells({ lang, keys }: { lang: Lang; keys: readonly LabelKey[] }) {
  return keys.map((k) => (
    <th key={k} scope="col" className={`${CELL} font-semibold`}>
      {t(lang, k)}
    </th>
  ));
}
