import { INDICATED_STEPS, indicatorPosition, type Step } from '@/lib/steps/registration';
import { t, type Lang, type LabelKey } from '@/lib/messages';

export function StepIndicator({ lang, step }: { lang: Lang; step: Step }) {
  const position = indicatorPosition(step);
  if (position === null) return null;
  const total = INDICATED_STEPS.length;
  return (
    <nav aria-label={t(lang, 'steps.nav')} className="mb-4">
      <p className="text-sm font-semibold text-brand-700">
        {t(lang, 'steps.position', { n: position, total })}：
        {t(lang, `steps.${INDICATED_STEPS[position - 1]}` as LabelKey)}
      </p>
      <ol className="mt-2 flex gap-1" aria-hidden="true">
        {INDICATED_STEPS.map((s, i) => (
          <li key={s} className={`h-1.5 flex-1 rounded-full ${i < position ? 'bg-brand-700' : 'bg-gray-300'}`} />
        ))}
      </ol>
    </nav>
  );
}
