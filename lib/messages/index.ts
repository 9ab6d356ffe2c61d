import { errors, type ErrorCode, type ErrorEntry, type Params, type Text } from './errors';
import { format, type Lang } from './format';
import { labels, type LabelKey } from './labels';

export { errors, labels };
export { DEFAULT_LANG, LANG_COOKIE, LANGS, documentLang, format, isLang, text, type Lang } from './format';
export { label } from './label';
export { isStaffMessageCode, staffMessages, type StaffMessageCode } from './support';
export type { ErrorCode, ErrorEntry, LabelKey, Params, Text };

/** Every catalogue code (errors and labels). The type comes from the catalogue's keys. */
export type MessageCode = ErrorCode | LabelKey;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(errors, code);
}

/** The text of a label, or the first line of an error entry, in `lang`. */
export function t(lang: Lang, code: MessageCode, params?: Params): string {
  const entry = isErrorCode(code) ? (errors[code] as ErrorEntry).text : (labels[code as LabelKey] as Text);
  return format(entry[lang], params);
}

export function errorEntry(code: ErrorCode): ErrorEntry {
  return errors[code];
}
