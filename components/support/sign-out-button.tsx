import { t, type Lang } from '@/lib/messages';
import { path } from '@/lib/routes';

/** 【サインアウト】: a plain form post, so it works before any script has loaded. */
export function SignOutButton({ lang }: { lang: Lang }) {
  return (
    <form method="post" action={path('supportLogout')}>
      <button
        type="submit"
        className="rounded-lg border border-white/70 px-3 py-1 font-semibold underline-offset-2 hover:underline"
      >
        {t(lang, 'support.signOut')}
      </button>
    </form>
  );
}
