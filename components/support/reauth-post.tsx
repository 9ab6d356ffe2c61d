'use client';

import { useState } from 'react';
import { postJson } from '@/components/post-json';
import type { Lang } from '@/lib/messages';
import { StaffMessage } from './staff-message';
import { StaffPasskey } from './staff-passkey';

export type ReauthPending<K extends string> = { kind: K; url: string; body: Record<string, unknown> };

/**
 * Posts a console action that needs a recent sign-in: `staff.reauthRequired` keeps the action
 * waiting (`waiting`, shown by <ReauthPrompt>) and the passkey sends it again; any other answer
 * goes to `answered`. `reset` runs before every send (the first and the one after the passkey).
 */
export function useReauthPost<K extends string>({
  reset,
  answered,
}: {
  reset: () => void;
  answered: (kind: K, json: Record<string, unknown>) => void;
}) {
  const [waiting, setWaiting] = useState<ReauthPending<K> | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(pending: ReauthPending<K>) {
    setBusy(true);
    reset();
    const json = await postJson(pending.url, pending.body);
    setBusy(false);
    if (json.code === 'staff.reauthRequired') return setWaiting(pending);
    setWaiting(null);
    answered(pending.kind, json);
  }

  return { waiting, busy, send };
}

/** The stale sign-in's box: the message and the passkey that sends `waiting` again. */
export function ReauthPrompt<K extends string>({
  lang,
  waiting,
  send,
}: {
  lang: Lang;
  waiting: ReauthPending<K> | null;
  send: (pending: ReauthPending<K>) => Promise<void>;
}) {
  if (!waiting) return null;
  return (
    <div className="space-y-3 rounded-xl border-2 border-amber-600 bg-amber-50 p-4">
      <StaffMessage lang={lang} code="staff.reauthRequired" />
      <StaffPasskey lang={lang} mode="reauth" onVerified={() => void send(waiting)} />
    </div>
  );
}
