import type { Lang } from '@/lib/messages/format';
import { label } from '@/lib/messages/label';
import { buttonClass } from './ui/button';
import { path } from '@/lib/routes';

/** 【最初からやり直す】: a plain form, so it works even before the page's scripts have loaded. */
export function RestartButton({
  lang,
  variant = 'primary',
  className = 'mt-6',
}: {
  lang: Lang;
  variant?: 'primary' | 'secondary';
  className?: string;
}) {
  return (
    <form method="post" action={path('flowRestart')} className={className}>
      <button type="submit" className={buttonClass(variant)}>
        {label(lang, 'common.restart')}
      </button>
    </form>
  );
}
