import { Unavailable } from '@/components/unavailable';
import { getLang } from '@/lib/i18n/server';

/** Where a request that failed unexpectedly lands (never a raw 500); answered with 503 (proxy.ts). */
export default async function UnavailablePage() {
  return <Unavailable lang={await getLang()} />;
}
