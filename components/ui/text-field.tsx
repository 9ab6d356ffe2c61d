import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

/** A labelled text input with a large tap target; `hint` lines are tied to it by aria-describedby. */
export function TextField({
  id,
  label,
  hints,
  inputRef,
  className = '',
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: ReactNode;
  hints?: Array<{ id: string; text: ReactNode; strong?: boolean }>;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        name={id}
        aria-describedby={hints?.map((h) => h.id).join(' ') || undefined}
        className={`min-h-12 w-full rounded-lg border-2 border-gray-400 px-3 text-lg ${className}`}
        {...input}
      />
      {hints?.map((h) => (
        <p key={h.id} id={h.id} className={h.strong ? 'text-sm font-semibold' : 'text-sm text-gray-700'}>
          {h.text}
        </p>
      ))}
    </>
  );
}
