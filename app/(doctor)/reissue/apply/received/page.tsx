import { NavButton } from '@/components/ui/nav-button';
import { requireApplyStep } from '@/lib/applications/page';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { path } from '@/lib/routes';

/** 受付: the 受付番号 and how long issuing and posting take (the manual's 1 to 1.5 months). */
export default async function ReissueApplyReceivedPage() {
  const lang = await getLang();
  const { row } = await requireApplyStep('received');
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'reissueApply.receivedTitle')}</h1>
      <div className="mb-4 rounded-xl border-2 border-brand-700 p-4 text-center">
        <p className="text-sm font-semibold">{t(lang, 'reissueApply.receipt')}</p>
        <p className="mt-1 font-mono text-2xl font-bold tracking-wider" data-receipt>
          {row?.receipt}
        </p>
      </div>
      {row?.duplicate === 1 && (
        <p role="status" className="mb-4 rounded-xl bg-brand-50 p-3">
          {t(lang, 'reissueApply.duplicate')}
        </p>
      )}
      <p className="mb-2">{t(lang, 'reissueApply.receivedLead')}</p>
      <p className="mb-6">{t(lang, 'reissueApply.receivedKeep')}</p>
      <NavButton href={path('reissue')} label={t(lang, 'help.reissue')} />
    </div>
  );
}
