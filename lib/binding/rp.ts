import 'server-only';
import { env } from '@/lib/env';
import type { RpConfig } from '@/lib/webauthn';

/** Fixed RP ID and origins from configuration, never from the Host header (spec §10). */
export function rpConfig(): RpConfig {
  const e = env();
  return { rpId: e.rpId, rpName: e.rpName, origins: e.origins, attestation: e.attestation };
}
