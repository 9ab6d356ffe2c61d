import Link from 'next/link';
import { ApplicationDecision } from '@/components/support/application-decision';
import { reasonText } from '@/components/support/application-queue';
import { tokyoTime } from '@/lib/i18n/tokyo-time';
import { requireStaffPage } from '@/lib/authz/guard';
import { can } from '@/lib/authz/permissions';
import { CARD_STYLE } from '@/lib/cards/ticket-cards';
import { getLang } from '@/lib/i18n/server';
import { t, type LabelKey } from '@/lib/messages';
import { applicationPhotoPath, holderPath, path } from '@/lib/routes';
import { applicationReview } from '@/lib/support/applications';

const LINK = 'text-brand-700 underline underline-offset-2';
const same = (a: string, b: string) =>
  a.normalize('NFKC').replace(/\s+/gu, '') === b.normalize('NFKC').replace(/\s+/gu, '');

function Facts({ rows }: { rows: Array<[string, string, string?]> }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      {rows.map(([k, v, note]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="break-words">
            {v}
            {note && <span className="ml-2 text-sm font-semibold">（{note}）</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One re-issue application (issue 9 #3): what the applicant sent and the card-face photo, beside
 * the holder its カードID names (or that none does); 【承認する】 / 【却下する】 for admins only.
 */
export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requireStaffPage('applications.read');
  const lang = await getLang();
  const view = await applicationReview((await params).id);
  const back = (
    <Link href={path('supportApplications')} prefetch={false} className={LINK}>
      {t(lang, 'support.application.back')}
    </Link>
  );
  if (!view) {
    return (
      <div className="space-y-4">
        <p role="status" className="text-lg">
          {t(lang, 'support.application.notFound')}
        </p>
        {back}
      </div>
    );
  }
  const { application: a, holder } = view;
  const L = (k: LabelKey) => t(lang, k);
  const state = a.state as 'new' | 'approved' | 'rejected';
  const check = (ok: boolean) => L(ok ? 'support.application.matches' : 'support.application.differs');
  const sent: Array<[string, string, string?]> = [
    [L('support.application.state'), L(`support.applications.state.${state}`)],
    [L('support.applications.receivedAt'), tokyoTime(Number(a.created_at), lang)],
    [L('reissueApply.reason'), reasonText(lang, a.reason)],
    [L('reissueApply.hasCard'), L(a.has_card === 1 ? 'reissueApply.hasCard.yes' : 'reissueApply.hasCard.no')],
    [L('reissueApply.cardId'), a.card_id],
    [L('reissueApply.name'), a.name, holder ? check(same(a.name, holder.name)) : undefined],
    [L('reissueApply.kana'), a.kana, holder ? check(same(a.kana, holder.kana)) : undefined],
    [L('reissueApply.birthDate'), a.birth_date],
    [
      L('reissueApply.medicalRegistrationNumber'),
      a.medical_registration_number,
      holder ? check(a.medical_registration_number === holder.medical_registration_number) : undefined,
    ],
    [L('reissueApply.postalCode'), a.postal_code],
    [L('reissueApply.address'), a.address],
    [L('reissueApply.phone'), a.phone],
    [L('reissueApply.email'), a.email],
  ];
  if (a.decided_at !== null) {
    sent.push([L('support.applications.decidedAt'), tokyoTime(Number(a.decided_at), lang)]);
    sent.push([L('support.application.decidedBy'), view.decidedBy ?? L('support.never')]);
  }
  if (a.rejection_reason) sent.push([L('support.application.rejectionReason'), a.rejection_reason]);
  return (
    <div className="space-y-8">
      {back}
      <h1 className="text-2xl font-bold">{t(lang, 'support.application.title', { receipt: a.receipt })}</h1>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="form-heading" className="space-y-4">
          <h2 id="form-heading" className="text-lg font-bold">
            {L('support.application.form')}
          </h2>
          <Facts rows={sent} />
          <h3 className="font-bold">{L('support.application.photo')}</h3>
          {/* eslint-disable-next-line @next/next/no-img-element -- a private no-store image, not for next/image's cache */}
          <img
            src={applicationPhotoPath(a.id)}
            alt={t(lang, 'support.application.photoAlt', { width: a.photo_width, height: a.photo_height })}
            width={a.photo_width}
            height={a.photo_height}
            className="h-auto w-full rounded-lg border border-gray-300"
          />
        </section>
        <section aria-labelledby="holder-heading" className="space-y-4">
          <h2 id="holder-heading" className="text-lg font-bold">
            {L('support.application.holder')}
          </h2>
          {holder ? (
            <>
              <Facts
                rows={[
                  [L('support.holder.name'), holder.name],
                  [L('support.holder.kana'), holder.kana],
                  [L('support.holder.personId'), holder.person_id],
                  [L('support.holder.cardId'), holder.card_id],
                  [L('support.holder.mrn'), holder.medical_registration_number],
                  [L('support.application.activeDevices'), String(view.activeDevices)],
                ]}
              />
              <Link href={holderPath(holder.id)} prefetch={false} className={LINK}>
                {L('support.application.holderLink')}
              </Link>
            </>
          ) : (
            <p role="status" className="rounded-xl border-l-4 border-amber-600 bg-amber-50 p-4 font-bold">
              {L('support.application.noHolder')}
            </p>
          )}
          {view.replacesDevice && state === 'new' && <p>{L('support.application.replacesDevice')}</p>}
        </section>
      </div>
      {can(principal, 'applications.decide') && (
        <ApplicationDecision lang={lang} applicationId={a.id} open={state === 'new'} cardStyle={CARD_STYLE} />
      )}
    </div>
  );
}
