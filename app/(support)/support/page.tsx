import Link from 'next/link';
import { HolderSearch } from '@/components/support/holder-search';
import { currentStaffSession } from '@/lib/auth/staff-session';
import { requireStaffPage } from '@/lib/authz/guard';
import { can } from '@/lib/authz/permissions';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { path } from '@/lib/routes';
import { newApplicationCount } from '@/lib/support/applications';

/** The console's home for a signed-in staff member: the holder lookup, then what else there is. */
export default async function SupportHomePage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string | string[]; sandbox?: string | string[] }>;
}) {
  const principal = await requireStaffPage('holders.read');
  const session = await currentStaffSession();
  const lang = await getLang();
  const params = await searchParams;
  const query = typeof params.q === 'string' ? params.q.slice(0, 100) : '';
  const role = t(lang, `support.role.${principal.role}`);
  const link = 'text-brand-700 underline underline-offset-2';
  const waiting = can(principal, 'applications.read') ? await newApplicationCount() : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t(lang, 'support.home.title')}</h1>
      <p>{t(lang, 'support.home.signedInAs', { name: session?.name ?? '', role })}</p>
      <p className="text-sm text-gray-700">{t(lang, 'support.home.sessionLimits')}</p>
      <HolderSearch lang={lang} query={query} sandbox={params.sandbox === '1'} />
      <section aria-labelledby="links-heading">
        <h2 id="links-heading" className="mb-2 text-lg font-bold">
          {t(lang, 'support.home.links')}
        </h2>
        <ul className="list-disc space-y-2 pl-6">
          {waiting !== null && (
            <li>
              <Link href={path('supportApplications')} prefetch={false} className={link}>
                {t(lang, 'support.home.applicationsLink', { n: waiting })}
              </Link>
            </li>
          )}
          {can(principal, 'audit.read') && (
            <li>
              <Link href={path('supportAudit')} prefetch={false} className={link}>
                {t(lang, 'support.home.auditLink')}
              </Link>
            </li>
          )}
          {can(principal, 'staff.manage') && (
            <li>
              <Link href={path('supportStaff')} prefetch={false} className={link}>
                {t(lang, 'support.home.staffLink')}
              </Link>
            </li>
          )}
          {can(principal, 'errors.reproduce') && (
            <li>
              <Link href={path('supportErrors')} prefetch={false} className={link}>
                {t(lang, 'support.home.errorsLink')}
              </Link>
            </li>
          )}
          <li>
            <Link href={path('helpErrors')} prefetch={false} className={link}>
              {t(lang, 'support.home.helpErrors')}
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
