import { LABEL_MAX } from '@/lib/normalize/label';
import { t, type Lang } from '@/lib/messages';
import { buttonClass } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { SubmitOnce } from '@/components/ui/submit-once';

/** ラベル登録's form: the automatic label pre-filled; 【キャンセル】 and 【OK】 both finish. */
export function LabelForm({ lang, action, label }: { lang: Lang; action: string; label: string }) {
  return (
    <form method="post" action={action} className="space-y-3">
      <TextField id="label" label={t(lang, 'label.field')} defaultValue={label} maxLength={LABEL_MAX * 2} />
      <div className="grid grid-cols-2 gap-3">
        <SubmitOnce name="action" value="cancel" formNoValidate className={buttonClass('secondary')}>
          {t(lang, 'common.cancel')}
        </SubmitOnce>
        <SubmitOnce name="action" value="ok" className={buttonClass('primary')}>
          {t(lang, 'common.ok')}
        </SubmitOnce>
      </div>
    </form>
  );
}
