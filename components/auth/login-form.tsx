'use client';

import { useCallback, useEffect, useState } from 'react';
import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { label } from '@/lib/messages/label';
import type { Lang } from '@/lib/messages';
import { LazyMessageBox } from '@/components/message-box-lazy';
import { buttonClass } from '@/components/ui/button';
import { postJson } from '@/components/post-json';
import { useSandboxOutcome } from '@/components/sandbox/outcome';
import { TextField } from '@/components/ui/text-field';
import { path } from '@/lib/routes';

/**
 * ログイン (FAQ Q6): 「医籍登録番号」 → discoverable passkey → 券面情報. Options are fetched before
 * the tap; the ceremony starts first thing in the submit handler (iOS user-gesture rule).
 */
export function LoginForm({ lang }: { lang: Lang }) {
  const [options, setOptions] = useState<PublicKeyCredentialRequestOptionsJSON | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  // A support sandbox (再現する) answers the sign-in with the simulated outcome (auth.failed).
  const simulated = useSandboxOutcome()?.code === 'auth.failed';

  const load = useCallback(async () => {
    const json = await postJson(path('loginOptions'), {});
    setOptions(json.ok === true ? (json.options as PublicKeyCredentialRequestOptionsJSON) : null);
    if (json.ok !== true) setFailed(true);
  }, []);

  useEffect(() => {
    void (async () => load())();
  }, [load]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (simulated) {
      setFailed(true);
      return;
    }
    if (!options) return;
    const mrn = String(new FormData(event.currentTarget).get('mrn') ?? '');
    const ceremony = startAuthentication({ optionsJSON: options });
    setBusy(true);
    setFailed(false);
    try {
      const response = await ceremony;
      const json = await postJson(path('loginVerify'), { medicalRegistrationNumber: mrn, response });
      if (json.ok === true) {
        const result = await signIn('passkey', { token: String(json.token), redirect: false });
        if (result?.ok) {
          router.replace(path('card'));
          return;
        }
      }
    } catch {
      // Cancelled or refused by the authenticator: the same generic message (no enumeration).
    }
    setFailed(true);
    setBusy(false);
    setOptions(null);
    void load();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-3">
      {failed && <LazyMessageBox lang={lang} code="auth.failed" />}
      <TextField
        id="mrn"
        label={label(lang, 'signin.mrn')}
        inputMode="numeric"
        autoComplete="off"
        required
        maxLength={20}
        className="tracking-wider"
      />
      <button type="submit" disabled={(!options && !simulated) || busy} className={buttonClass('primary')}>
        {label(lang, 'signin.submit')}
      </button>
    </form>
  );
}
