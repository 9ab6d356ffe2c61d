'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  WebAuthnAbortService,
  platformAuthenticatorIsAvailable,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { isErrorCode, t, type ErrorCode, type Lang } from '@/lib/messages';
import { mapAuthenticationError, mapRegistrationError } from '@/lib/webauthn/client-errors';
import { MessageBox } from '@/components/message-box';
import { RestartButton } from '@/components/restart-button';
import { buttonClass } from '@/components/ui/button';

export const DEVICE_MARKER_KEY = 'hpki_device';
/** Options are refreshed before the server's 5-minute challenge lifetime runs out. */
const REFRESH_MS = 4 * 60_000;

type Mode = 'register' | 'signin';
type Options = PublicKeyCredentialCreationOptionsJSON | PublicKeyCredentialRequestOptionsJSON;
type Failure = { code: ErrorCode; params?: Record<string, string | number> };

const ENDPOINTS: Record<Mode, { options: string; verify: string }> = {
  register: { options: '/api/register/options', verify: '/api/register/verify' },
  signin: { options: '/api/register/signin-options', verify: '/api/register/signin-verify' },
};

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return (await res.json()) as Record<string, unknown>;
  } catch {
    return { ok: false, code: 'server.unavailable' };
  }
}

function failureOf(json: Record<string, unknown>): Failure {
  const code = typeof json.code === 'string' && isErrorCode(json.code) ? json.code : 'register.failed';
  return { code, params: json.params as Failure['params'] };
}

function readMarker(): string | null {
  try {
    return window.localStorage.getItem(DEVICE_MARKER_KEY);
  } catch {
    return null;
  }
}

/**
 * 【登録】 / 【セキュリティキーによるサインイン】 (spec §3 steps 6–7). Options are fetched before the
 * tap and the ceremony starts first thing in the click handler, as iOS requires a user gesture.
 */
export function PasskeyCeremony({ lang, mode }: { lang: Lang; mode: Mode }) {
  const [options, setOptions] = useState<Options | null>(null);
  const [checking, setChecking] = useState(true);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const generation = useRef(0);

  const loadOptions = useCallback(async () => {
    const mine = ++generation.current;
    const json = await post(ENDPOINTS[mode].options, mode === 'register' ? { marker: readMarker() } : {});
    if (mine !== generation.current) return;
    if (json.ok === true) setOptions(json.options as Options);
    else setFailure(failureOf(json));
  }, [mode]);

  useEffect(() => {
    let live = true;
    const counter = generation;
    void (async () => {
      if (mode === 'register' && !(await platformAuthenticatorIsAvailable())) {
        if (live) {
          setFailure({ code: 'register.noBiometrics' });
          setChecking(false);
        }
        return;
      }
      await loadOptions();
      if (live) setChecking(false);
    })();
    const timer = window.setInterval(() => void loadOptions(), REFRESH_MS);
    return () => {
      live = false;
      counter.current++;
      window.clearInterval(timer);
    };
  }, [mode, loadOptions]);

  async function onTap() {
    if (!options) return;
    // The ceremony must start synchronously inside the user gesture: nothing is awaited before it.
    const ceremony =
      mode === 'register'
        ? startRegistration({ optionsJSON: options as PublicKeyCredentialCreationOptionsJSON })
        : startAuthentication({ optionsJSON: options as PublicKeyCredentialRequestOptionsJSON });
    setPending(true);
    generation.current++;
    let response: unknown;
    try {
      response = await ceremony;
    } catch (err) {
      setPending(false);
      const code = mode === 'register' ? mapRegistrationError(err) : mapAuthenticationError(err) === 'cancelled' ? 'register.cancelled' : 'auth.invalidResult';
      setFailure({ code });
      return;
    }
    const json = await post(ENDPOINTS[mode].verify, { response });
    if (json.ok === true) {
      if (typeof json.marker === 'string') {
        try {
          window.localStorage.setItem(DEVICE_MARKER_KEY, json.marker);
        } catch {
          // Private mode without storage: the cookie still carries the marker.
        }
      }
      window.location.assign(String(json.next));
      return;
    }
    setPending(false);
    setFailure(failureOf(json));
  }

  if (failure) {
    return (
      <div>
        <MessageBox lang={lang} code={failure.code} params={failure.params} showCauses />
        <RestartButton lang={lang} />
      </div>
    );
  }
  if (pending) {
    return (
      <div className="space-y-4">
        <p role="status">{t(lang, 'register.waiting')}</p>
        <button type="button" className={buttonClass('secondary')} onClick={() => WebAuthnAbortService.cancelCeremony()}>
          {t(lang, 'register.cancelCeremony')}
        </button>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {checking && <p role="status">{t(lang, 'register.checking')}</p>}
      <button type="button" className={buttonClass('primary')} disabled={!options} onClick={() => void onTap()}>
        {t(lang, mode === 'register' ? 'register.submit' : 'register.signIn')}
      </button>
    </div>
  );
}
