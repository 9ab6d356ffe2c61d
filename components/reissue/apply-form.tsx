'use client';

import { useMemo, useRef, type FormEvent, type ReactNode } from 'react';
import { useForm, type FieldError } from 'react-hook-form';
import type { z } from 'zod';
import { LazyMessageBox } from '@/components/message-box-lazy';
import { buttonClass } from '@/components/ui/button';
import type { ReissueApplicationInput } from '@/lib/applications/form';
import { isPhotoRejection, photoReasonText } from '@/lib/applications/notice';
import type { browserApplicationSchema } from '@/lib/applications/photo-browser';
import { PHOTO_ISSUE_PREFIX } from '@/lib/applications/photo-limits';
import { REISSUE_REASONS } from '@/lib/applications/reasons';
import type { Lang } from '@/lib/messages';
import { applyLabel, type ApplyLabelKey } from '@/lib/messages/apply-label';
import { lazyResolver } from '@/lib/applications/lazy-resolver';

type Schema = ReturnType<typeof browserApplicationSchema>;
type Values = z.input<Schema>;

const EMPTY: ReissueApplicationInput = {
  hasCard: '',
  cardId: '',
  name: '',
  kana: '',
  birthDate: '',
  medicalRegistrationNumber: '',
  postalCode: '',
  address: '',
  phone: '',
  email: '',
  reason: '',
} as unknown as ReissueApplicationInput;

const INPUT = 'min-h-12 w-full rounded-lg border-2 border-gray-400 px-3 text-lg';

/**
 * The application form (issue 9 #3): every field of the manual's form, checked in the browser by
 * react-hook-form with the server's own schema (lib/applications/form.ts) plus the photo checks
 * the browser can make, then posted as a plain multipart form (the server checks everything again:
 * lib/applications/check.ts). The card-face photo input offers the camera on phones.
 */
export function ApplyForm({
  lang,
  action,
  values,
  photoKept,
  photoSrc,
}: {
  lang: Lang;
  action: string;
  values: ReissueApplicationInput | null;
  photoKept: boolean;
  photoSrc: string | null;
}) {
  const sent = useRef(false);
  // The shared schema and zod come with the first check, not with the page (decision 0030).
  const { resolver, preload } = useMemo(
    () =>
      lazyResolver<Values>(async () => {
        const [{ zodResolver }, { browserApplicationSchema }] = await Promise.all([
          import('@hookform/resolvers/zod'),
          import('@/lib/applications/photo-browser'),
        ]);
        return zodResolver(browserApplicationSchema(photoKept)) as never;
      }),
    [photoKept],
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver,
    defaultValues: { ...EMPTY, ...values } as Values,
    mode: 'onTouched',
  });
  // Checked, the form goes as the plain multipart post it is (its inputs hold what was entered).
  const send = (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    void handleSubmit(() => {
      if (sent.current) return;
      sent.current = true;
      form.submit();
    })(event);
  };
  const message = (error: FieldError | undefined) =>
    error?.message && !error.message.startsWith(PHOTO_ISSUE_PREFIX)
      ? applyLabel(lang, error.message as ApplyLabelKey)
      : null;
  const photoReason = errors.photo?.message?.slice(PHOTO_ISSUE_PREFIX.length);

  const text = (
    name: Exclude<keyof ReissueApplicationInput, 'hasCard' | 'reason'>,
    input: {
      type?: string;
      inputMode?: 'numeric' | 'tel' | 'email';
      autoComplete?: string;
      hint?: ApplyLabelKey;
    } = {},
  ) => (
    <Field
      id={name}
      label={applyLabel(lang, `reissueApply.${name}`)}
      error={message(errors[name])}
      hint={input.hint && applyLabel(lang, input.hint)}
    >
      <input
        id={name}
        type={input.type ?? 'text'}
        inputMode={input.inputMode}
        autoComplete={input.autoComplete ?? 'off'}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={`${name}-hint ${name}-error`}
        // In the server's HTML too: without JavaScript a refused photo brings the form back filled in.
        defaultValue={values?.[name]}
        className={INPUT}
        {...register(name)}
      />
    </Field>
  );

  return (
    <form
      method="post"
      action={action}
      encType="multipart/form-data"
      noValidate
      onSubmit={send}
      onFocus={preload}
      className="space-y-5"
    >
      <fieldset className="space-y-2" aria-describedby="hasCard-hint hasCard-error">
        <legend className="font-semibold">{applyLabel(lang, 'reissueApply.hasCard')}</legend>
        <p id="hasCard-hint" className="text-sm text-gray-700">
          {applyLabel(lang, 'reissueApply.hasCard.hint')}
        </p>
        <div className="flex gap-3">
          {(['yes', 'no'] as const).map((value) => (
            <label
              key={value}
              className="flex min-h-12 flex-1 items-center gap-3 rounded-xl border border-gray-300 p-3"
            >
              <input
                type="radio"
                value={value}
                defaultChecked={values?.hasCard === value}
                className="size-5 accent-brand-700"
                {...register('hasCard')}
              />
              <span>{applyLabel(lang, `reissueApply.hasCard.${value}`)}</span>
            </label>
          ))}
        </div>
        <FieldMessage id="hasCard-error" text={message(errors.hasCard)} />
      </fieldset>
      {text('cardId', { hint: 'reissueApply.cardId.hint' })}
      {text('name', { autoComplete: 'name' })}
      {text('kana')}
      {text('birthDate', { inputMode: 'numeric', autoComplete: 'bday', hint: 'reissueApply.birthDate.hint' })}
      {text('medicalRegistrationNumber', { inputMode: 'numeric' })}
      {text('postalCode', { inputMode: 'numeric', autoComplete: 'postal-code' })}
      {text('address', { autoComplete: 'street-address' })}
      {text('phone', { type: 'tel', inputMode: 'tel', autoComplete: 'tel' })}
      {text('email', { type: 'email', inputMode: 'email', autoComplete: 'email' })}
      <fieldset className="space-y-2" aria-describedby="reason-error">
        <legend className="font-semibold">{applyLabel(lang, 'reissueApply.reason')}</legend>
        {REISSUE_REASONS.map((reason) => (
          <label key={reason} className="flex min-h-12 items-center gap-3 rounded-xl border border-gray-300 p-3">
            <input
              type="radio"
              value={reason}
              defaultChecked={values?.reason === reason}
              className="size-5 accent-brand-700"
              {...register('reason')}
            />
            <span>{applyLabel(lang, `reissueApply.reason.${reason}`)}</span>
          </label>
        ))}
        <FieldMessage id="reason-error" text={message(errors.reason)} />
      </fieldset>
      <div className="space-y-2">
        <label htmlFor="photo" className="block font-semibold">
          {applyLabel(lang, 'reissueApply.photo')}
        </label>
        <p id="photo-hint" className="text-sm text-gray-700">
          {applyLabel(lang, 'reissueApply.photo.hint')}
        </p>
        {photoKept && photoSrc && (
          <div className="space-y-1">
            <p className="text-sm font-semibold">{applyLabel(lang, 'reissueApply.photo.kept')}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a private, uncached preview */}
            <img
              src={photoSrc}
              alt={applyLabel(lang, 'reissueApply.photo.preview')}
              className="max-h-48 rounded-lg border"
            />
          </div>
        )}
        <input
          id="photo"
          type="file"
          accept="image/*"
          capture="environment"
          aria-describedby="photo-hint"
          aria-invalid={errors.photo ? true : undefined}
          className="block w-full text-base"
          {...register('photo')}
        />
        {photoReason && isPhotoRejection(photoReason) && (
          <LazyMessageBox
            lang={lang}
            code="reissue.photoRejected"
            params={{ reason: photoReasonText(lang, photoReason) }}
          />
        )}
      </div>
      <button type="submit" disabled={isSubmitting} className={buttonClass('primary')}>
        {isSubmitting ? applyLabel(lang, 'reissueApply.photo.checking') : applyLabel(lang, 'reissueApply.toConfirm')}
      </button>
    </form>
  );
}

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-gray-700">
          {hint}
        </p>
      )}
      <FieldMessage id={`${id}-error`} text={error} />
    </div>
  );
}

function FieldMessage({ id, text }: { id: string; text: string | null }) {
  return (
    <p id={id} role={text ? 'alert' : undefined} className="text-sm font-semibold text-red-800">
      {text}
    </p>
  );
}
