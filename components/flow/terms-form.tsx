'use client';

import { useEffect, useRef, useState } from 'react';
import { label } from '@/lib/messages/label';
import type { Lang } from '@/lib/messages';
import { buttonClass } from '@/components/ui/button';
import { path } from '@/lib/routes';

/** 【同意する】 stays disabled until the checkbox is ticked (also when ticked before hydration). */
export function TermsForm({ lang }: { lang: Lang }) {
  const box = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    if (box.current?.checked) setChecked(true);
  }, []);
  return (
    <form method="post" action={path('flowTerms')} className="mt-6 space-y-4">
      <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-gray-300 bg-white p-3">
        <input
          ref={box}
          type="checkbox"
          name="agree"
          value="yes"
          required
          className="size-6 shrink-0 accent-brand-700"
          onChange={(e) => setChecked(e.target.checked)}
        />
        <span>{label(lang, 'terms.agreeCheckbox')}</span>
      </label>
      <button type="submit" disabled={!checked} className={buttonClass('primary')}>
        {label(lang, 'terms.agree')}
      </button>
    </form>
  );
}
