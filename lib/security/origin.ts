import 'server-only';
import { env } from '@/lib/env';

/**
 * State-changing requests must come from our own pages (spec §10). Browsers send `Origin` on every
 * POST; `Sec-Fetch-Site` backs it up. A request with neither is refused.
 */
export function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin) return env().origins.includes(origin);
  const site = headers.get('sec-fetch-site');
  return site === 'same-origin';
}
