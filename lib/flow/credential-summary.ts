import 'server-only';
import { getDb } from '@/lib/db/client';

/** The label and time shown on the completion screen. */
export async function credentialSummary(credentialId: string | null | undefined) {
  if (!credentialId) return undefined;
  const { db } = await getDb();
  return db.selectFrom('credentials').select(['label', 'created_at']).where('id', '=', credentialId).executeTakeFirst();
}

export function formatTokyoTime(ms: number, lang: 'ja' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(ms);
}
