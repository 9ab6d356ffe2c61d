'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { isIpad } from '@/lib/normalize/user-agent';
import type { Lang } from '@/lib/messages';
import { LazyMessageBox } from './message-box-lazy';
import { useSandboxOutcome } from './sandbox/outcome';

type Refusal = 'register.ipadNotSupported' | 'register.unsupportedBrowser';

/** iPad (including iPadOS reporting a Mac) and browsers without WebAuthn are refused at any step. */
export function DeviceGate({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // A support sandbox (再現する) simulates the refused device or browser.
  const simulated = useSandboxOutcome()?.code;
  useEffect(() => {
    const refuse = (): Refusal | null => {
      if (simulated === 'register.ipadNotSupported' || simulated === 'register.unsupportedBrowser') return simulated;
      if (isIpad(navigator.userAgent, navigator.maxTouchPoints ?? 0, navigator.platform))
        return 'register.ipadNotSupported';
      if (typeof window.PublicKeyCredential !== 'function') return 'register.unsupportedBrowser';
      return null;
    };
    // Runs once after hydration; the children stay mounted when nothing is refused.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRefusal(refuse());
  }, [simulated]);
  if (refusal) return <LazyMessageBox lang={lang} code={refusal} showCauses />;
  return <>{children}</>;
}
