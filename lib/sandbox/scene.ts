import 'server-only';
import { cache } from 'react';
import { deviceChange } from '@/lib/device/journey';
import { registration } from '@/lib/flow/journey';
import { currentRow } from '@/lib/journey/page';
import { log } from '@/lib/log';
import { env } from '@/lib/env';
import { isErrorCode, type ErrorCode, type Params } from '@/lib/messages';

/** This request's sandbox, if its journey row was set up by 再現する: the banner and the outcome. */
export type SandboxScene = { outcome: { code: ErrorCode; params: Params } | null };

/**
 * The sandbox the browser is in, read from its journey rows (once per render, shared with the
 * step page). Null for every real doctor: only a row the support console created has `sandbox`.
 */
export const sandboxScene = cache(async (): Promise<SandboxScene | null> => {
  try {
    // One at a time: the device-change row is read only when the registration row is no sandbox.
    for (const load of [() => currentRow(registration), () => currentRow(deviceChange)]) {
      const row = await load();
      if (row?.sandbox === 1) {
        const outcome = row.sandbox_outcome;
        // The OS's chooser names the relying party's host, as the real one would.
        const params = { rpHost: env().rpId };
        return { outcome: outcome && isErrorCode(outcome) ? { code: outcome, params } : null };
      }
    }
  } catch (err) {
    // The page itself reports a database it cannot reach; the chrome only loses its banner.
    log.warn('sandbox.scene.failed', { error: err });
  }
  return null;
});
