import 'server-only';

/**
 * Relying-party configuration. Callers build it from validated configuration (lib/env.ts);
 * it is never derived from a request's Host or Origin header (spec §10).
 */
export type RpConfig = {
  /** RP ID, a registrable domain such as `hpki-device.example.jp` (or `localhost` in tests). */
  rpId: string;
  /** Name shown by the authenticator UI. */
  rpName: string;
  /** Exact origins the ceremonies may come from, e.g. `https://hpki-device.example.jp`. */
  origins: string[];
  /** Attestation conveyance; `none` by default (spec §3 step 7). */
  attestation: 'none' | 'direct';
};
