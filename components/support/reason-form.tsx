'use client';

import type { FormEvent, ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

const BUTTON = {
  primary: `${buttonClass('primary')} sm:w-auto sm:px-8`,
  danger: 'min-h-12 rounded-lg bg-red-700 px-6 font-bold text-white hover:bg-red-800 disabled:opacity-60',
} as const;

/**
 * A console action that needs a reason: the form (named `action`, as its button), the required
 * `reason` field (one line, or `rows` lines) and `children` between the field and the button.
 * A blank or over-long reason calls `onInvalid`; otherwise `onReason` gets it trimmed, with the form.
 */
export function ReasonForm({
  action,
  fieldId,
  fieldLabel,
  max,
  rows,
  tone,
  busy,
  onReason,
  onInvalid,
  children,
}: {
  action: string;
  fieldId: string;
  fieldLabel: string;
  max: number;
  rows?: number;
  tone: keyof typeof BUTTON;
  busy: boolean;
  onReason: (reason: string, form: HTMLFormElement) => void;
  onInvalid: () => void;
  children?: ReactNode;
}) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (!reason || reason.length > max) return onInvalid();
    onReason(reason, event.currentTarget);
  }

  return (
    <form
      aria-label={action}
      onSubmit={submit}
      className="space-y-3 rounded-xl border border-gray-300 bg-white p-4"
      noValidate
    >
      {rows ? (
        <>
          <label htmlFor={fieldId} className="block font-semibold">
            {fieldLabel}
          </label>
          <textarea
            id={fieldId}
            name="reason"
            required
            maxLength={max}
            rows={rows}
            className="w-full rounded-lg border-2 border-gray-400 px-3 py-2 text-lg"
          />
        </>
      ) : (
        <TextField id={fieldId} name="reason" label={fieldLabel} maxLength={max} required />
      )}
      {children}
      <button type="submit" disabled={busy} className={BUTTON[tone]}>
        {action}
      </button>
    </form>
  );
}
