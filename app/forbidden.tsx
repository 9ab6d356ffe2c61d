import Link from 'next/link';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { path } from '@/lib/routes';
import { StaffMessage } from '@/components/support/staff-message';

/**
 * What `forbidden()` renders (HTTP 403): only support pages call it, for a staff role without the
 * permission (lib/authz/guard.ts). Rendered outside the route groups, so it brings its own frame.
 */
export default async function Forbidden() {
  const lang = await getLang();
  return (
    <main id="main" className="mx-auto w-full max-w-lg space-y-4 px-4 pb-16 pt-6">
      <h1 className="text-2xl font-bold">{t(lang, 'support.forbidden.title')}</h1>
      <StaffMessage lang={lang} code="staff.forbidden" />
      <p>
        <Link href={path('support')} prefetch={false} className="text-brand-700 underline underline-offset-2">
          {t(lang, 'support.forbidden.home')}
        </Link>
      </p>
    </main>
  );
}
