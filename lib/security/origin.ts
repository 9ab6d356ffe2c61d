import 'server-only';
import { env } from '@/lib/env';

/**
 * State-changing requests must come from our own pages (spec §10). Browsers send `Origin` on every
 * POST; `Sec-Fetch-Site` backs it up. A request with neither is refused. `alsoFrom`: another origin
 * of ours for one endpoint (the IC-card host of /reissue/card, decision 0022).
 */
export function isSameOrigin(headers: Headers, alsoFrom: readonly string[] = []): boolean {
  const origin = headers.get('origin');
  if (origin) return env().origins.includes(origin) || alsoFrom.includes(origin);
  const site = headers.get('sec-fetch-site');
  return site === 'same-origin';
}
