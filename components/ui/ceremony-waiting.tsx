'use client';

import { WebAuthnAbortService } from '@simplewebauthn/browser';
import { buttonClass } from './button';

/**
 * While the OS passkey sheet is open: what we are waiting for, and a cancel that aborts the
 * ceremony (a virtual or real authenticator may never answer). Doctors' and staff ceremonies.
 */
export function CeremonyWaiting({ waiting, cancel }: { waiting: string; cancel: string }) {
  return (
    <div className="space-y-4">
      <p role="status">{waiting}</p>
      <button type="button" className={buttonClass('secondary')} onClick={() => WebAuthnAbortService.cancelCeremony()}>
        {cancel}
      </button>
    </div>
  );
}
