import 'server-only';
import { cookies } from 'next/headers';
import { readCookie } from '@/lib/http/cookies';
import { DEFAULT_LANG, isLang, type Lang } from '@/lib/messages';

/** The request's language: the English switch sets a cookie; Japanese otherwise. */
export async function getLang(): Promise<Lang> {
  const value = readCookie(await cookies(), 'lang');
  return isLang(value) ? value : DEFAULT_LANG;
}
