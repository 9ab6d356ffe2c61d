import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { ENROLMENT_REFUSAL, openEnrolment } from '@/lib/staff/enrolments';
import { StaffMessage } from '@/components/support/staff-message';
import { StaffPasskey } from '@/components/support/staff-passkey';

/**
 * A staff enrolment link (`staff:add` or the console's staff page): 【パスキーを登録】 registers the
 * staff passkey and signs in. The token is the credential here, so no `requireStaffPage`; a used,
 * expired, unknown or disabled-account link shows its message and offers nothing to press.
 */
export default async function SupportEnrolPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lang = await getLang();
  // Bounded before any lookup: a link is 43 characters; anything huge names no enrolment.
  const open = token.length <= 200 ? await openEnrolment(token) : ({ ok: false, reason: 'unknown' } as const);
  return (
    <div className="mx-auto max-w-lg space-y-4">
      <h1 className="text-2xl font-bold">{t(lang, 'support.enrol.title')}</h1>
      {open.ok ? (
        <>
          <p>
            {t(lang, 'support.enrol.lead', { name: open.staff.name, role: t(lang, `support.role.${open.staff.role}`) })}
          </p>
          <StaffPasskey lang={lang} mode="enrol" token={token} />
        </>
      ) : (
        <StaffMessage lang={lang} code={ENROLMENT_REFUSAL[open.reason]} />
      )}
    </div>
  );
}
