'use client';

import { useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { t, type Lang } from '@/lib/messages';
import { path } from '@/lib/routes';
import { MAX_STAFF_NAME_LENGTH, STAFF_ROLES } from '@/lib/staff/input';
import { postJson } from '@/components/post-json';
import { buttonClass } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { StaffMessage } from './staff-message';
import { StaffPasskey } from './staff-passkey';
import { tokyoTime } from '@/lib/i18n/tokyo-time';

export type StaffRow = {
  staffId: string;
  name: string;
  role: 'support' | 'admin';
  createdAt: number;
  disabledAt: number | null;
  passkeys: number;
  lastSignInAt: number | null;
};

type Action = { url: string; body: Record<string, string>; done: (json: Record<string, unknown>) => void };
type Issued = { name: string; enrolUrl: string; expiresAt: number };

/**
 * The admin's staff page: the list with 【無効化】 per account, and 【スタッフを追加】 which shows the
 * new enrolment link once. An action refused as `staff.reauthRequired` (last passkey check older
 * than 5 minutes) shows 【パスキーで本人確認】 in place and is sent again once that succeeds.
 */
export function StaffAdmin({ lang, rows, selfId }: { lang: Lang; rows: StaffRow[]; selfId: string }) {
  const router = useRouter();
  const [waiting, setWaiting] = useState<Action | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: Action) {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    const json = await postJson(action.url, action.body);
    setBusy(false);
    if (json.ok === true) {
      setWaiting(null);
      action.done(json);
      router.refresh();
      return;
    }
    if (json.code === 'staff.reauthRequired') {
      setWaiting(action);
      return;
    }
    setWaiting(null);
    setFailure(String(json.code));
  }

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    void run({
      url: path('supportStaffAdd'),
      body: { name: String(form.get('name') ?? ''), role: String(form.get('role') ?? '') },
      done: (json) => {
        setIssued({ name: String(json.name), enrolUrl: String(json.enrolUrl), expiresAt: Number(json.expiresAt) });
        target.reset();
      },
    });
  }

  function onDisable(row: StaffRow) {
    void run({
      url: path('supportStaffDisable'),
      body: { staffId: row.staffId },
      done: () => {
        setIssued(null);
        setNotice(t(lang, 'support.staff.disabledDone', { name: row.name }));
      },
    });
  }

  return (
    <div className="space-y-8">
      {waiting && (
        <section className="space-y-3 rounded-xl border-2 border-amber-600 bg-amber-50 p-4">
          <StaffMessage lang={lang} code="staff.reauthRequired" />
          <StaffPasskey lang={lang} mode="reauth" onVerified={() => void run(waiting)} />
        </section>
      )}
      {failure && <StaffMessage lang={lang} code={failure} />}
      {notice && (
        <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4 font-bold">
          {notice}
        </p>
      )}
      {issued && (
        <section aria-labelledby="link-heading" className="space-y-2 rounded-xl border-2 border-green-700 bg-white p-4">
          <h2 id="link-heading" className="text-lg font-bold">
            {t(lang, 'support.staff.linkTitle', { name: issued.name })}
          </h2>
          <p className="break-all font-mono text-sm" data-enrol-url>
            {issued.enrolUrl}
          </p>
          <p className="text-sm">
            {t(lang, 'support.staff.linkOnce', { expiresAt: tokyoTime(issued.expiresAt, lang) })}
          </p>
        </section>
      )}

      <section aria-labelledby="list-heading">
        <h2 id="list-heading" className="mb-2 text-lg font-bold">
          {t(lang, 'support.staff.list')}
        </h2>
        {/* Scrolls sideways on a narrow screen: focusable and named, so a keyboard can scroll it too. */}
        <div className="overflow-x-auto" role="region" aria-labelledby="list-heading" tabIndex={0}>
          <table className="w-full min-w-[48rem] border-collapse bg-white text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-400">
                {(
                  [
                    'support.staff.name',
                    'support.staff.role',
                    'support.staff.state',
                    'support.staff.passkeys',
                    'support.staff.createdAt',
                    'support.staff.lastSignIn',
                    'support.staff.actions',
                  ] as const
                ).map((key) => (
                  <th key={key} scope="col" className="px-3 py-2">
                    {t(lang, key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.staffId} className="border-b border-gray-200">
                  <th scope="row" className="px-3 py-2 font-semibold">
                    {row.name}
                    {row.staffId === selfId && ` ${t(lang, 'support.staff.you')}`}
                  </th>
                  <td className="px-3 py-2">{t(lang, `support.role.${row.role}`)}</td>
                  <td className="px-3 py-2">
                    {t(lang, row.disabledAt === null ? 'support.staff.active' : 'support.staff.disabledState')}
                  </td>
                  <td className="px-3 py-2">
                    {row.passkeys > 0 ? row.passkeys : t(lang, 'support.staff.notEnrolled')}
                  </td>
                  <td className="px-3 py-2">{tokyoTime(row.createdAt, lang)}</td>
                  <td className="px-3 py-2">
                    {row.lastSignInAt === null ? t(lang, 'support.staff.never') : tokyoTime(row.lastSignInAt, lang)}
                  </td>
                  <td className="px-3 py-2">
                    {row.disabledAt === null && row.staffId !== selfId && (
                      <button
                        type="button"
                        disabled={busy}
                        aria-label={t(lang, 'support.staff.disableName', { name: row.name })}
                        className="rounded-lg bg-red-700 px-3 py-1.5 font-bold text-white hover:bg-red-800 disabled:opacity-60"
                        onClick={() => onDisable(row)}
                      >
                        {t(lang, 'support.staff.disable')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="add-heading" className="max-w-lg space-y-3">
        <h2 id="add-heading" className="text-lg font-bold">
          {t(lang, 'support.staff.add')}
        </h2>
        <form onSubmit={onAdd} className="space-y-3" noValidate>
          <TextField
            id="name"
            label={t(lang, 'support.staff.name')}
            required
            maxLength={MAX_STAFF_NAME_LENGTH}
            autoComplete="off"
          />
          <label htmlFor="role" className="block font-semibold">
            {t(lang, 'support.staff.role')}
          </label>
          <select
            id="role"
            name="role"
            defaultValue="support"
            className="min-h-12 w-full rounded-lg border-2 border-gray-400 bg-white px-3 text-lg"
          >
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(lang, `support.role.${role}`)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy} className={buttonClass('primary')}>
            {t(lang, 'support.staff.addSubmit')}
          </button>
        </form>
      </section>
    </div>
  );
}
