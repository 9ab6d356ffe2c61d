import { FlowInterrupt, StepPage } from '@/components/step-page';
import { buttonClass } from '@/components/ui/button';
import { getDb } from '@/lib/db/client';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { LABEL_MAX } from '@/lib/normalize/label';
import { t } from '@/lib/messages';

/** ラベル登録: pre-filled automatic label; 【OK】 and 【キャンセル】 both finish (manual step 9). */
export default async function LabelPage() {
  const lang = await getLang();
  const page = await requireStep('label');
  if (page.status === 'interrupt') return <FlowInterrupt lang={lang} code={page.code} />;
  const { db } = await getDb();
  const credential = await db
    .selectFrom('credentials')
    .select('label')
    .where('id', '=', page.flow?.credential_id ?? '')
    .executeTakeFirst();
  return (
    <StepPage lang={lang} step="label" title="label.title" notice={page.notice}>
      <p className="mb-4">{t(lang, 'label.lead')}</p>
      <form method="post" action="/api/flow/label" className="space-y-3">
        <label htmlFor="label" className="block font-semibold">
          {t(lang, 'label.field')}
        </label>
        <input
          id="label"
          name="label"
          defaultValue={credential?.label ?? ''}
          maxLength={LABEL_MAX * 2}
          className="min-h-12 w-full rounded-lg border-2 border-gray-400 px-3"
        />
        <div className="grid grid-cols-2 gap-3">
          <button type="submit" name="action" value="cancel" formNoValidate className={buttonClass('secondary')}>
            {t(lang, 'common.cancel')}
          </button>
          <button type="submit" name="action" value="ok" className={buttonClass('primary')}>
            {t(lang, 'common.ok')}
          </button>
        </div>
      </form>
    </StepPage>
  );
}
