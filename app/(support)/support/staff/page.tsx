import { requireStaffPage } from '@/lib/authz/guard';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { listStaff } from '@/lib/staff/accounts';
import { StaffAdmin } from '@/components/support/staff-admin';

/** Admins manage staff accounts: list, add (the enrolment link is shown once), disable. */
export default async function SupportStaffPage() {
  const principal = await requireStaffPage('staff.manage');
  const lang = await getLang();
  const rows = await listStaff();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t(lang, 'support.staff.title')}</h1>
      <p>{t(lang, 'support.staff.lead')}</p>
      <StaffAdmin lang={lang} rows={rows} selfId={principal.staffId} />
    </div>
  );
}
