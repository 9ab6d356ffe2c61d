'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { t, type LabelKey, type Lang, type StaffMessageCode } from '@/lib/messages';
import { mapAuthenticationError } from '@/lib/webauthn/client-errors';
import { postJson } from '@/components/post-json';
import { buttonClass } from '@/components/ui/button';
import { CeremonyWaiting } from '@/components/ui/ceremony-waiting';
import { path } from '@/lib/routes';
import { StaffMessage } from './staff-message';

/** Options are refreshed before the server's 5-minute challenge lifetime runs out. */
const REFRESH_MS = 4 * 60_000;

type Ceremony = {
  kind: 'create' | 'get';
  options: string;
  verify: string;
  button: LabelKey;
  /** What any other browser-side failure than a cancel means. */
  failed: StaffMessageCode;
};

/** The staff ceremonies, by name (functions cannot cross from a server page to this component). */
const CEREMONIES = {
  enrol: {
    kind: 'create',
    options: path('supportEnrolOptions'),
    verify: path('supportEnrolVerify'),
    button: 'support.enrol.submit',
    failed: 'staff.passkeyInvalid',
  },
  signin: {
    kind: 'get',
    options: path('supportLoginOptions'),
    verify: path('supportLoginVerify'),
    button: 'support.login.submit',
    failed: 'staff.signinFailed',
  },
  reauth: {
    kind: 'get',
    options: path('supportReauthOptions'),
    verify: path('supportReauthVerify'),
    button: 'support.staff.reauthSubmit',
    failed: 'staff.signinFailed',
  },
} satisfies Record<string, Ceremony>;

type Options = PublicKeyCredentialCreationOptionsJSON | PublicKeyCredentialRequestOptionsJSON;

/**
 * A staff passkey button: 【パスキーを登録】 (enrolment link), 【パスキーでサインイン】 (discoverable),
 * 【パスキーで本人確認】 (re-authentication in place). Options are fetched before the click so the
 * ceremony starts inside the user gesture; a pending ceremony can be cancelled; every outcome is a
 * catalogue message. After success: `onVerified`, or the page the server names.
 */
export function StaffPasskey({
  lang,
  mode,
  token,
  onVerified,
}: {
  lang: Lang;
  mode: keyof typeof CEREMONIES;
  /** The enrolment link's token (enrol only). */
  token?: string;
  onVerified?: () => void;
}) {
  const ceremony: Ceremony = CEREMONIES[mode];
  const [options, setOptions] = useState<Options | null>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = useRef(false);
  const body = useCallback((extra: object = {}) => (token === undefined ? extra : { token, ...extra }), [token]);

  const loadOptions = useCallback(async () => {
    if (busy.current) return;
    const json = await postJson(ceremony.options, body());
    if (busy.current) return;
    if (json.ok === true) {
      setOptions(json.options as Options);
      setFailure(null);
    } else setFailure(String(json.code));
  }, [ceremony, body]);

  useEffect(() => {
    if (!browserSupportsWebAuthn()) {
      // Reported once after mount: the server render cannot know the browser.
      queueMicrotask(() => setFailure('staff.passkeyUnsupported'));
      return;
    }
    queueMicrotask(() => void loadOptions());
    const timer = window.setInterval(() => void loadOptions(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [loadOptions]);

  async function onClick() {
    if (!options) return;
    // Nothing is awaited before the ceremony starts: it must run inside the user gesture.
    const running =
      ceremony.kind === 'create'
        ? startRegistration({ optionsJSON: options as PublicKeyCredentialCreationOptionsJSON })
        : startAuthentication({ optionsJSON: options as PublicKeyCredentialRequestOptionsJSON });
    busy.current = true;
    setPending(true);
    setFailure(null);
    let response: unknown;
    try {
      response = await running;
    } catch (err) {
      busy.current = false;
      setPending(false);
      setOptions(null);
      setFailure(mapAuthenticationError(err) === 'cancelled' ? 'staff.ceremonyCancelled' : ceremony.failed);
      return;
    }
    const json = await postJson(ceremony.verify, body({ response }));
    busy.current = false;
    setPending(false);
    setOptions(null);
    if (json.ok === true) {
      if (onVerified) onVerified();
      else window.location.assign(String(json.next));
      return;
    }
    setFailure(String(json.code));
  }

  if (pending) {
    return (
      <CeremonyWaiting waiting={t(lang, 'support.ceremony.waiting')} cancel={t(lang, 'support.ceremony.cancel')} />
    );
  }
  // A refused link stays refused: no button to try it again (the page says whom to ask).
  const final = failure !== null && failure.startsWith('staff.enrolment');
  return (
    <div className="space-y-3">
      {failure && <StaffMessage lang={lang} code={failure} />}
      {!final && !failure && !options && <p role="status">{t(lang, 'support.ceremony.checking')}</p>}
      {!final &&
        (options || !failure ? (
          <button type="button" className={buttonClass('primary')} disabled={!options} onClick={() => void onClick()}>
            {t(lang, ceremony.button)}
          </button>
        ) : (
          <button type="button" className={buttonClass('secondary')} onClick={() => void loadOptions()}>
            {t(lang, 'support.ceremony.retry')}
          </button>
        ))}
    </div>
  );
}
