import type { Lang } from '@/lib/messages';

/** One formatter per language and style: building an Intl.DateTimeFormat costs more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, dateStyle: 'medium' | 'long', timeStyle?: 'short'): Intl.DateTimeFormat {
  const key = `${lang} ${dateStyle} ${timeStyle ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', dateStyle, timeStyle });
    formatters.set(key, f);
  }
  return f;
}

/** A time in Japan whatever the server's zone: date and minutes (completion screens, card face, console). */
export function tokyoTime(ms: number, lang: Lang): string {
  return formatter(lang, 'medium', 'short').format(ms);
}

/** A date in Japan, written out (the card face's expiry). */
export function tokyoDay(ms: number, lang: Lang): string {
  return formatter(lang, 'long').format(ms);
}
