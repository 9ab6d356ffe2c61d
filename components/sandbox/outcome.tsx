'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ErrorCode, Params } from '@/lib/messages';

/**
 * The ceremony outcome the server simulates for a support sandbox (再現する, lib/sandbox): set by
 * the doctor's chrome from the sandbox row, null for every real doctor. A passkey ceremony, the
 * QR scan, ログイン and the device check answer with it instead of asking the authenticator or the
 * browser, because only a phone could cause it for real.
 */
export type SimulatedOutcome = { code: ErrorCode; params?: Params };
const SandboxOutcome = createContext<SimulatedOutcome | null>(null);

export function SandboxOutcomeProvider({
  outcome,
  children,
}: {
  outcome: SimulatedOutcome | null;
  children: ReactNode;
}) {
  return <SandboxOutcome.Provider value={outcome}>{children}</SandboxOutcome.Provider>;
}

/** The simulated outcome, with the values the real message would show ({rpHost}: the RP's host name). */
export function useSandboxOutcome(): SimulatedOutcome | null {
  return useContext(SandboxOutcome);
}
