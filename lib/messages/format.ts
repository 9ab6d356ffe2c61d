/**
 * The catalogue's language and placeholder helpers, with no catalogue inside: the browser bundle of
 * a page imports these (and `label.ts`) without the error entries (issue 10 goal 6, decision 0030).
 */
import type { Params, Text } from './errors/types';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ja';
export const LANG_COOKIE = 'lang';

export function isLang(value: unknown): value is Lang {
  return value === 'ja' || value === 'en';
}

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function text(lang: Lang, value: Text, params?: Params): string {
  return format(value[lang], params);
}

/** The language the page was rendered in (`<html lang>`), for a client component without props. */
export function documentLang(): Lang {
  return typeof document !== 'undefined' && isLang(document.documentElement.lang)
    ? document.documentElement.lang
    : DEFAULT_LANG;
}
