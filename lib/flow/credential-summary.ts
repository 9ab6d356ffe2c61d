/** Times on the completion screens, in Japan's time zone whatever the server's. */
export function formatTokyoTime(ms: number, lang: 'ja' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(ms);
}
