import { HolderActions } from '@/components/support/holder-actions';
import { CELL, HeadCells } from '@/components/support/table-cells';
import { tokyoTime } from '@/lib/i18n/tokyo-time';
import { can } from '@/lib/authz/permissions';
import { CARD_STYLE } from '@/lib/cards/ticket-cards';
import { requireStaffPage } from '@/lib/authz/guard';
import { getLang } from '@/lib/i18n/server';
import { t, type Lang, type LabelKey } from '@/lib/messages';
import { holderView } from '@/lib/support/holder-view';

function Table({ lang, caption, head, rows }: { lang: Lang; caption: LabelKey; head: LabelKey[]; rows: string[][] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} aria-label={t(lang, caption)}>
      <table className="min-w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-lg font-bold">{t(lang, caption)}</caption>
        <thead>
          <tr>
            <HeadCells lang={lang} keys={head} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={CELL}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A holder as the support desk sees it (issue 8 #2): who, their QR codes, their device, what happened. */
export default async function HolderPage({ params }: { params: Promise<{ id: string }> }) {
  const principal = await requireStaffPage('holders.read');
  const lang = await getLang();
  const view = await holderView((await params).id);
  if (!view) {
    return (
      <p role="status" className="text-lg">
        {t(lang, 'support.holder.notFound')}
      </p>
    );
  }
  const { holder, tickets, credentials, events } = view;
  const time = (ms: number | null) => (ms === null ? t(lang, 'support.never') : tokyoTime(ms, lang));
  const yesNo = (b: boolean) => t(lang, b ? 'support.yes' : 'support.no');
  const facts: Array<[LabelKey, string]> = [
    ['support.holder.personId', holder.person_id],
    ['support.holder.kana', holder.kana],
    ['support.holder.cardId', holder.card_id],
    ['support.holder.mrn', holder.medical_registration_number],
    ['support.holder.validity', `${time(holder.certificate_not_before)} – ${time(holder.certificate_not_after)}`],
  ];
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">
        {holder.name}
        {holder.sandbox === 1 && <span className="ml-3 text-base">［{t(lang, 'support.holder.sandbox')}］</span>}
      </h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-semibold">{t(lang, k)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {holder.sandbox === 0 && can(principal, 'tickets.issue') && (
        <HolderActions lang={lang} holderId={holder.id} cardStyle={CARD_STYLE} />
      )}
      {tickets.length === 0 ? (
        <p>{t(lang, 'support.holder.noTickets')}</p>
      ) : (
        <Table
          lang={lang}
          caption="support.holder.tickets"
          head={[
            'support.ticket.state',
            'support.ticket.attempts',
            'support.ticket.issuedAt',
            'support.ticket.expiresAt',
            'support.ticket.issuedBy',
            'support.ticket.replacesDevice',
          ]}
          rows={tickets.map((tk) => [
            t(lang, `support.ticketState.${tk.state}`),
            `${tk.attemptsUsed} / ${tk.attemptsLeft}`,
            time(tk.issuedAt),
            time(tk.expiresAt),
            tk.issuedBy ?? t(lang, 'support.never'),
            yesNo(tk.replacesDevice),
          ])}
        />
      )}
      {credentials.length === 0 ? (
        <p>{t(lang, 'support.holder.noDevices')}</p>
      ) : (
        <Table
          lang={lang}
          caption="support.holder.devices"
          head={[
            'support.device.label',
            'support.device.provider',
            'support.device.createdAt',
            'support.device.lastUsedAt',
            'support.device.backup',
            'support.device.regressions',
            'support.device.status',
          ]}
          rows={credentials.map((c) => [
            c.label,
            c.provider_name ?? c.aaguid,
            time(c.created_at),
            time(c.last_used_at),
            `${yesNo(c.backup_eligible === 1)} / ${yesNo(c.backup_state === 1)}`,
            String(c.sign_count_regressions),
            c.revoked_at === null
              ? t(lang, 'support.device.active')
              : t(lang, 'support.device.revoked', { reason: c.revoked_reason ?? '' }),
          ])}
        />
      )}
      {events.length === 0 ? (
        <p>{t(lang, 'support.audit.none')}</p>
      ) : (
        <Table
          lang={lang}
          caption="support.holder.audit"
          head={['support.audit.at', 'support.audit.type', 'support.audit.outcome', 'support.audit.actor']}
          rows={events.map((e) => [time(e.at), e.type, e.outcome, e.actor])}
        />
      )}
    </div>
  );
}
