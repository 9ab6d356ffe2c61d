import { LABEL_MAX } from '@/lib/normalize/label';
import { t, type Lang } from '@/lib/messages';
import { buttonClass } from '@/components/ui/button';

/** ラベル登録's form: the automatic label pre-filled; 【キャンセル】 and 【OK】 both finish. */
export function LabelForm({ lang, action, label }: { lang: Lang; action: string; label: string }) {
  return (
    <form method="post" action={action} className="space-y-3">
      <label htmlFor="label" className="block font-semibold">
        {t(lang, 'label.field')}
      </label>
      <input
        id="label"
        name="label"
        defaultValue={label}
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
  );
}
