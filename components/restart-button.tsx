import { t, type Lang } from '@/lib/messages';
import { buttonClass } from './ui/button';

/** 【最初からやり直す】: a plain form, so it works even before the page's scripts have loaded. */
export function RestartButton({ lang }: { lang: Lang }) {
  return (
    <form method="post" action="/api/flow/restart" className="mt-6">
      <button type="submit" className={buttonClass('primary')}>
        {t(lang, 'common.restart')}
      </button>
    </form>
  );
}
