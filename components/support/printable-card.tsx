'use client';

import { buttonClass } from '@/components/ui/button';
import { t, type Lang } from '@/lib/messages';

/** Only the card prints: the rest of the console is hidden on paper. */
const PRINT_STYLE = `@page { size: A6 portrait; margin: 8mm; }
@media print { body * { visibility: hidden; } .print-cards, .print-cards * { visibility: visible; } .print-cards { position: absolute; inset: 0 auto auto 0; } }`;

/** A card the console just issued, shown once: `status` above it, 【印刷する】 below. */
export function PrintableCard({
  lang,
  status,
  html,
  cardStyle,
}: {
  lang: Lang;
  status: string;
  html: string;
  cardStyle: string;
}) {
  return (
    <div className="space-y-3">
      <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4 font-bold">
        {status}
      </p>
      <style>{`${cardStyle}\n${PRINT_STYLE}`}</style>
      {/* The card's HTML comes from lib/cards (every value escaped there), as the print run's. */}
      <div className="print-cards" dangerouslySetInnerHTML={{ __html: html }} />
      <button type="button" className={`${buttonClass('secondary')} sm:w-auto sm:px-8`} onClick={() => window.print()}>
        {t(lang, 'support.actions.print')}
      </button>
    </div>
  );
}
