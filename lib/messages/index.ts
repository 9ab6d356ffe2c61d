import { errors, type ErrorCode, type ErrorEntry, type Params, type Text } from './errors';
import { labels, type LabelKey } from './labels';

export { errors, labels };
export { isStaffMessageCode, staffMessages, type StaffMessageCode } from './support';
export type { ErrorCode, ErrorEntry, LabelKey, Params, Text };

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';
export const LANG_COOKIE = 'lang';

/** Every catalogue code (errors and labels). The type comes from the catalogue's keys. */
export type MessageCode = ErrorCode | LabelKey;

export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

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

export function text(lang: Lang, value: Text, params?: Params): string {
  return format(value[lang], params);
}
