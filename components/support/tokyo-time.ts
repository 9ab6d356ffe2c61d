import type { Lang } from '@/lib/messages';

/** A time as the centre reads it: Japan time, date and minutes (the console's tables and links). */
export function tokyoTime(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(ms);
}
