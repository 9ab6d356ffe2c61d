import { APPLICATION_STATES, ApplicationTable, ApplicationTabs } from '@/components/support/application-queue';
import { APPLICATION_PAGE_SIZE, parseCursor, type ApplicationState } from '@/lib/applications/queue';
import { requireStaffPage } from '@/lib/authz/guard';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { applicationQueue } from '@/lib/support/applications';

/**
 * The queue of re-issue applications (issue 9 #3): 新規 / 承認済み / 却下, newest first, 50 per
 * page, keyset-paged like the audit log. Support and admin read it; only admins decide.
 */
export default async function ApplicationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireStaffPage('applications.read');
  const lang = await getLang();
  const params = await searchParams;
  const state: ApplicationState = APPLICATION_STATES.find((s) => s === params.state) ?? 'new';
  const page = { after: parseCursor(params.after), before: parseCursor(params.before) };
  const { rows, older, newer } = await applicationQueue(state, page.before ? { before: page.before } : page);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t(lang, 'support.applications.title')}</h1>
      <p>{t(lang, 'support.applications.lead', { n: APPLICATION_PAGE_SIZE })}</p>
      <ApplicationTabs lang={lang} state={state} />
      <ApplicationTable lang={lang} state={state} rows={rows} older={older} newer={newer} />
    </div>
  );
}
