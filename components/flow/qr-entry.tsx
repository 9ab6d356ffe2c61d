'use client';

import { useEffect, useRef, useState, useSyncExternalStore, useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { label } from '@/lib/messages/label';
import type { Lang } from '@/lib/messages';
import { buttonClass } from '@/components/ui/button';
import { LazyMessageBox } from '@/components/message-box-lazy';
import { TextField } from '@/components/ui/text-field';
import { useSandboxOutcome } from '@/components/sandbox/outcome';
import { path } from '@/lib/routes';

type Html5Qrcode = import('html5-qrcode').Html5Qrcode;

const READER_ID = 'qr-reader';

const noSubscription = () => () => undefined;
/** False in the server HTML and until hydration: the camera and photo ways need this script. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * QR entry three ways (spec §3 step 3): camera scan, a photo of the card, or typing the code. The
 * scanner library is loaded only when one of the first two is used. Every way ends in the same
 * form post, so the server checks the code once, in one place.
 */
export function QrEntry({ lang }: { lang: Lang }) {
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const scanner = useRef<Html5Qrcode | null>(null);
  const cameraWanted = useRef(false);
  const [scanning, setScanning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [unreadable, setUnreadable] = useState(false);
  const [sending, setSending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const router = useRouter();
  const hydrated = useHydrated();
  // A support sandbox (再現する) for 「読み取れませんでした」: the camera and the photo both fail.
  const simulatedUnreadable = useSandboxOutcome()?.code === 'qr.unreadable';

  useEffect(() => () => void stopScanner(), []);

  async function load(): Promise<Html5Qrcode> {
    const { Html5Qrcode, Html5QrcodeSupportedFormats } = await import('html5-qrcode');
    scanner.current ??= new Html5Qrcode(READER_ID, {
      formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
      verbose: false,
    });
    return scanner.current;
  }

  function submit(decoded: string) {
    if (!field.current || !form.current) return;
    field.current.value = decoded;
    form.current.requestSubmit();
  }

  /**
   * Once hydrated, the form posts by fetch and the page stays: when the code is refused, only the
   * message is refreshed and the field keeps what the doctor typed (the code stays in this page, never
   * in a URL or in storage). The server answers as to the plain post (303), which works before
   * hydration and whenever fetch fails.
   */
  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = event.currentTarget;
    setSending(true);
    try {
      const res = await fetch(target.action, {
        method: 'POST',
        body: new URLSearchParams({ code: field.current?.value ?? '' }),
      });
      if (res.redirected && new URL(res.url).pathname === window.location.pathname) {
        startRefresh(() => router.refresh());
        setSending(false);
      } else if (res.redirected) {
        // Moving on (or to /unavailable): the next page loads as after the plain post.
        window.location.assign(res.url);
      } else {
        target.submit();
      }
    } catch {
      target.submit();
    }
  }

  async function stopScanner() {
    cameraWanted.current = false;
    setScanning(false);
    const s = scanner.current;
    try {
      if (s?.isScanning) await s.stop();
    } catch {
      // Not fully started yet (stop() throws then): startCamera stops it once it has started.
    }
  }

  async function startCamera() {
    if (simulatedUnreadable) return setUnreadable(true);
    setUnreadable(false);
    setBusy(true);
    cameraWanted.current = true;
    try {
      const s = await load();
      if (!cameraWanted.current) return;
      setScanning(true);
      // The scanner keeps decoding until stopped: only its first reading is submitted.
      let decodedOnce = false;
      await s.start(
        { facingMode: 'environment' },
        {
          fps: 10,
          qrbox: (w, h) => ({ width: Math.floor(Math.min(w, h) * 0.8), height: Math.floor(Math.min(w, h) * 0.8) }),
        },
        (decoded) => {
          if (decodedOnce) return;
          decodedOnce = true;
          void stopScanner();
          submit(decoded);
        },
        () => undefined,
      );
      // 「カメラを止める」 (or a reading) while the camera was still starting.
      if (!cameraWanted.current) await stopScanner();
    } catch {
      // No camera, permission refused, or the camera is in use: say so; the other two ways remain.
      cameraWanted.current = false;
      setScanning(false);
      setUnreadable(true);
    } finally {
      setBusy(false);
    }
  }

  async function readImage(file: File | undefined) {
    if (!file) return;
    if (simulatedUnreadable) return setUnreadable(true);
    setUnreadable(false);
    setBusy(true);
    try {
      await stopScanner();
      const decoded = await (await load()).scanFile(file, false);
      submit(decoded);
    } catch {
      setUnreadable(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-4">
      {unreadable && <LazyMessageBox lang={lang} code="qr.unreadable" />}
      <div id={READER_ID} className={scanning ? 'overflow-hidden rounded-xl bg-black' : 'hidden'} />
      {scanning ? (
        <>
          <p role="status">{label(lang, 'qr.scanning')}</p>
          <button type="button" className={buttonClass('secondary')} onClick={() => void stopScanner()}>
            {label(lang, 'qr.scanStop')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className={buttonClass('primary')}
          disabled={!hydrated || busy}
          onClick={() => void startCamera()}
        >
          {label(lang, 'qr.scan')}
        </button>
      )}
      <label
        className={`${buttonClass('secondary')} cursor-pointer has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-amber-500`}
      >
        {label(lang, 'qr.fromImage')}
        <input
          type="file"
          accept="image/*"
          className="sr-only"
          disabled={!hydrated || busy}
          onChange={(e) => {
            void readImage(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {busy && <p role="status">{label(lang, 'qr.reading')}</p>}
      <details className="rounded-xl border border-gray-300 bg-white p-4" open>
        <summary className="cursor-pointer font-bold">{label(lang, 'qr.manual')}</summary>
        <form
          ref={form}
          method="post"
          action={path('flowCode')}
          className="mt-4 space-y-3"
          aria-busy={sending || refreshing}
          onSubmit={(e) => void send(e)}
        >
          <TextField
            inputRef={field}
            id="code"
            label={label(lang, 'qr.codeField')}
            hints={[{ id: 'code-hint', text: label(lang, 'qr.codeHint') }]}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={100}
            className="font-mono tracking-wider"
          />
          <button type="submit" className={buttonClass('primary')} disabled={sending || refreshing}>
            {label(lang, 'common.ok')}
          </button>
        </form>
      </details>
    </div>
  );
}
