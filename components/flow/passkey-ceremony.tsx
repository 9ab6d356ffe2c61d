'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  platformAuthenticatorIsAvailable,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { label } from '@/lib/messages/label';
import type { ErrorCode, Lang } from '@/lib/messages';
import type { DoctorLabelKey } from '@/lib/messages/doctor-labels';
import { mapAuthenticationError, mapRegistrationError } from '@/lib/webauthn/client-errors';
import { LazyMessageBox } from '@/components/message-box-lazy';
import { RestartButton } from '@/components/restart-button';
import { buttonClass } from '@/components/ui/button';
import { CeremonyWaiting } from '@/components/ui/ceremony-waiting';
import { postJson } from '@/components/post-json';
import { useSandboxOutcome } from '@/components/sandbox/outcome';
import { path } from '@/lib/routes';

export const DEVICE_MARKER_KEY = 'hpki_device';
/** Options are refreshed before the server's 5-minute challenge lifetime runs out. */
const REFRESH_MS = 4 * 60_000;

type Options = PublicKeyCredentialCreationOptionsJSON | PublicKeyCredentialRequestOptionsJSON;
type Failure = { code: ErrorCode | string; params?: Record<string, string | number> };

type Ceremony = {
  kind: 'create' | 'get';
  options: string;
  verify: string;
  button: DoctorLabelKey;
  /** Registration: send the device marker and check for a user-verifying platform authenticator. */
  register: boolean;
  outcome: (err: unknown) => ErrorCode;
  /** Where 【最初からやり直す】 leads: the registration flow's restart, or a page. */
  restart: 'flow' | string;
};

const signInOutcome = (cancelled: ErrorCode) => (err: unknown) =>
  mapAuthenticationError(err) === 'cancelled' ? cancelled : 'auth.invalidResult';

/** The four ceremonies of the site, by name (a client table: functions cannot cross from the server). */
const CEREMONIES = {
  register: {
    kind: 'create',
    options: path('registerOptions'),
    verify: path('registerVerify'),
    button: 'register.submit',
    register: true,
    outcome: mapRegistrationError,
    restart: 'flow',
  },
  signin: {
    kind: 'get',
    options: path('registerSignInOptions'),
    verify: path('registerSignInVerify'),
    button: 'register.signIn',
    register: false,
    outcome: signInOutcome('register.cancelled'),
    restart: 'flow',
  },
  'device-signin': {
    kind: 'get',
    options: path('deviceSignInOptions'),
    verify: path('deviceSignInVerify'),
    button: 'device.verifyOld',
    register: false,
    outcome: signInOutcome('device.oldPhoneUnavailable'),
    restart: path('device'),
  },
  'device-register': {
    kind: 'create',
    options: path('deviceRegisterOptions'),
    verify: path('deviceRegisterVerify'),
    button: 'register.submit',
    register: true,
    // Excluded credential = the registered passkey is already on this phone (spec §6).
    outcome: (err) => {
      const code = mapRegistrationError(err);
      return code === 'register.deviceHasOtherCertificate' ? 'device.noChangeNeeded' : code;
    },
    restart: path('device'),
  },
} satisfies Record<string, Ceremony>;

export type CeremonyName = keyof typeof CEREMONIES;

function failureOf(json: Record<string, unknown>): Failure {
  // A code the catalogue does not hold shows as register.failed (LazyMessageBox's fallback).
  const code = typeof json.code === 'string' ? json.code : 'register.failed';
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
 * A passkey ceremony button (【登録】, 【セキュリティキーによるサインイン】, …). Options are fetched
 * before the tap and the ceremony starts first thing in the click handler, as iOS requires a user
 * gesture; a pending ceremony can be stopped; every outcome maps to a catalogue message.
 */
export function PasskeyCeremony({ lang, mode }: { lang: Lang; mode: CeremonyName }) {
  const ceremony: Ceremony = CEREMONIES[mode];
  const [options, setOptions] = useState<Options | null>(null);
  const [checking, setChecking] = useState(true);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const generation = useRef(0);
  const busy = useRef(false);
  // A support sandbox (再現する) whose outcome the server simulates: no authenticator is asked.
  const simulated = useSandboxOutcome();

  const loadOptions = useCallback(async () => {
    // Never replace the challenge while a ceremony is waiting for the doctor.
    if (busy.current) return;
    const mine = ++generation.current;
    const json = await postJson(ceremony.options, ceremony.register ? { marker: readMarker() } : {});
    if (mine !== generation.current) return;
    if (json.ok === true) setOptions(json.options as Options);
    else setFailure(failureOf(json));
  }, [ceremony]);

  useEffect(() => {
    let live = true;
    const counter = generation;
    if (simulated) {
      // What the device check would have found happens at once; any other outcome at the tap.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (simulated.code === 'register.noBiometrics') setFailure(simulated);
      setChecking(false);
      return;
    }
    void (async () => {
      if (ceremony.register && !(await platformAuthenticatorIsAvailable())) {
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
  }, [ceremony, loadOptions, simulated]);

  async function onTap() {
    if (simulated) {
      setFailure(simulated);
      return;
    }
    if (!options) return;
    // The ceremony must start synchronously inside the user gesture: nothing is awaited before it.
    const running =
      ceremony.kind === 'create'
        ? startRegistration({ optionsJSON: options as PublicKeyCredentialCreationOptionsJSON })
        : startAuthentication({ optionsJSON: options as PublicKeyCredentialRequestOptionsJSON });
    setPending(true);
    busy.current = true;
    generation.current++;
    let response: unknown;
    try {
      response = await running;
    } catch (err) {
      busy.current = false;
      setPending(false);
      setFailure({ code: ceremony.outcome(err) });
      return;
    }
    const json = await postJson(ceremony.verify, { response });
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
    busy.current = false;
    setPending(false);
    setFailure(failureOf(json));
  }

  if (failure) {
    return (
      <div>
        <LazyMessageBox lang={lang} code={failure.code} fallback="register.failed" params={failure.params} showCauses />
        {ceremony.restart === 'flow' ? (
          <RestartButton lang={lang} />
        ) : (
          <div className="mt-6 space-y-3">
            <a href={ceremony.restart} className={buttonClass('primary')}>
              {label(lang, 'common.restart')}
            </a>
          </div>
        )}
      </div>
    );
  }
  if (pending) {
    return (
      <CeremonyWaiting waiting={label(lang, 'register.waiting')} cancel={label(lang, 'register.cancelCeremony')} />
    );
  }
  return (
    <div className="space-y-4">
      {checking && <p role="status">{label(lang, 'register.checking')}</p>}
      <button
        type="button"
        className={buttonClass('primary')}
        disabled={!options && !simulated}
        onClick={() => void onTap()}
      >
        {label(lang, ceremony.button)}
      </button>
    </div>
  );
}
