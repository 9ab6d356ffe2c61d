import { AuditFilters, AuditTable } from '@/components/support/audit-log';
import { StaffMessage } from '@/components/support/staff-message';
import { AUDIT_PAGE_SIZE, auditQueryString, parseAuditQuery } from '@/lib/audit/filter';
import { requireStaffPage } from '@/lib/authz/guard';
import { can } from '@/lib/authz/permissions';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { path } from '@/lib/routes';
import { listStaff } from '@/lib/staff/accounts';
import { auditLogView } from '@/lib/support/audit-log';

/**
 * The audit log (issue 8 #6): filters by time (Japan time), holder, actor, event type and outcome;
 * 50 per page, newest first, keyset-paged; 「CSVでダウンロード」 for admins. A filter that cannot be
 * read shows its catalogue message and lists nothing.
 */
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const principal = await requireStaffPage('audit.read');
  const lang = await getLang();
  const parsed = parseAuditQuery(await searchParams);
  const staff = (await listStaff()).map((s) => ({ staffId: s.staffId, name: s.name }));
  const view = parsed.ok ? await auditLogView(parsed.filter, parsed.page) : null;
  const link = 'text-brand-700 underline underline-offset-2';
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t(lang, 'support.auditLog.title')}</h1>
      <p>{t(lang, 'support.auditLog.lead', { n: AUDIT_PAGE_SIZE })}</p>
      <AuditFilters lang={lang} values={parsed.values} staff={staff} />
      {!parsed.ok && <StaffMessage lang={lang} code={parsed.code} />}
      {parsed.ok && can(principal, 'audit.export') && (
        <div className="space-y-1">
          <a href={path('supportAuditCsv') + auditQueryString(parsed.values)} download className={`${link} font-bold`}>
            {t(lang, 'support.auditLog.csv')}
          </a>
          <p className="text-sm text-gray-700">{t(lang, 'support.auditLog.csvNote')}</p>
        </div>
      )}
      {view?.holderUnknown && <p role="status">{t(lang, 'support.auditLog.holderUnknown')}</p>}
      {view && !view.holderUnknown && (
        <AuditTable lang={lang} entries={view.entries} values={parsed.values} older={view.older} newer={view.newer} />
      )}
    </div>
  );
}
