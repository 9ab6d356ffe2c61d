import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { auditQueryString, type AuditCursor, type AuditFilterValues } from '@/lib/audit/filter';
import { AUDIT_OUTCOMES, AUDIT_TYPES } from '@/lib/audit/types';
import { t, type Lang, type LabelKey } from '@/lib/messages';
import { holderPath, path } from '@/lib/routes';
import { CELL, HeadCells } from './table-cells';
import { tokyoTime } from '@/lib/i18n/tokyo-time';

const LINK = 'text-brand-700 underline underline-offset-2';
const SELECT = 'min-h-12 w-full rounded-lg border-2 border-gray-400 bg-white px-3 text-lg';

export type StaffOption = { staffId: string; name: string };

/** A datetime-local input shows only a full date and time: a date alone is its whole day. */
function asLocalInput(value: string | undefined, end: boolean): string | undefined {
  if (!value) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${end ? '23:59' : '00:00'}` : value.replace(' ', 'T');
}

/** One of the filters' lists: `options` as `[value, text]`, `value` chosen (none: the first). */
function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: Array<[string, string]>;
}) {
  return (
    <div>
      <label htmlFor={name} className="block font-semibold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ''} className={SELECT}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The audit log's filters (issue 8 #6): a plain GET form, so a filtered list can be bookmarked and
 * the CSV link carries the same query. Times are Japan time (lib/audit/filter.ts).
 */
export function AuditFilters({ lang, values, staff }: { lang: Lang; values: AuditFilterValues; staff: StaffOption[] }) {
  const any: [string, string] = ['', t(lang, 'support.auditLog.any')];
  const actors: Array<[string, string]> = [
    any,
    ['doctor', t(lang, 'support.actor.doctor')],
    ['staff', t(lang, 'support.auditLog.allStaff')],
    ...staff.map((s): [string, string] => [
      `staff:${s.staffId}`,
      t(lang, 'support.auditLog.staffActor', { name: s.name }),
    ]),
    ['operator', t(lang, 'support.auditLog.allOperators')],
    ['operator:cli', t(lang, 'support.actor.operatorCli')],
    ['system', t(lang, 'support.actor.system')],
    ['anonymous', t(lang, 'support.actor.anonymous')],
  ];
  // A value from a shared link that the list does not name (another operator script) stays chosen.
  if (values.actor && !actors.some(([v]) => v === values.actor)) actors.push([values.actor, values.actor]);
  return (
    <form method="get" action={path('supportAudit')} aria-labelledby="filters-heading" className="space-y-4">
      <h2 id="filters-heading" className="text-lg font-bold">
        {t(lang, 'support.auditLog.filters')}
      </h2>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <div>
          <TextField
            id="from"
            type="datetime-local"
            label={t(lang, 'support.auditLog.from')}
            defaultValue={asLocalInput(values.from, false)}
          />
        </div>
        <div>
          <TextField
            id="to"
            type="datetime-local"
            label={t(lang, 'support.auditLog.to')}
            defaultValue={asLocalInput(values.to, true)}
          />
        </div>
        <div>
          <TextField
            id="holder"
            label={t(lang, 'support.auditLog.holder')}
            defaultValue={values.holder}
            maxLength={64}
            autoComplete="off"
          />
        </div>
        <FilterSelect name="actor" label={t(lang, 'support.auditLog.actor')} value={values.actor} options={actors} />
        <FilterSelect
          name="type"
          label={t(lang, 'support.auditLog.type')}
          value={values.type}
          options={[any, ...AUDIT_TYPES.map((type): [string, string] => [type, type])]}
        />
        <FilterSelect
          name="outcome"
          label={t(lang, 'support.auditLog.outcome')}
          value={values.outcome}
          options={[any, ...AUDIT_OUTCOMES.map((o): [string, string] => [o, t(lang, `support.outcome.${o}`)])]}
        />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="sandbox" value="1" defaultChecked={values.sandbox === '1'} className="h-5 w-5" />
        {t(lang, 'support.auditLog.sandbox')}
      </label>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={`${buttonClass('primary')} sm:w-auto sm:px-8`}>
          {t(lang, 'support.auditLog.submit')}
        </button>
        <Link href={path('supportAudit')} prefetch={false} className={LINK}>
          {t(lang, 'support.auditLog.clear')}
        </Link>
      </div>
    </form>
  );
}

export type AuditTableEntry = {
  id: string;
  at: number;
  type: string;
  outcome: string;
  actor: string;
  actorName: string | null;
  holderId: string | null;
  personId: string | null;
  ip: string | null;
  detail: Record<string, unknown>;
};

const ACTOR_LABEL: Record<string, LabelKey> = {
  doctor: 'support.actor.doctor',
  system: 'support.actor.system',
  anonymous: 'support.actor.anonymous',
  'operator:cli': 'support.actor.operatorCli',
};

function outcomeLabel(lang: Lang, outcome: string): string {
  return outcome === 'ok' || outcome === 'fail' || outcome === 'info' ? t(lang, `support.outcome.${outcome}`) : outcome;
}

/** `reason: 紛失 · ttlDays: 30`: the detail on one line (the CSV keeps it as JSON). */
export function compactDetail(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');
}

/** The page of events, newest first, with 前へ / 次へ that keep the filters. */
export function AuditTable({
  lang,
  entries,
  values,
  older,
  newer,
}: {
  lang: Lang;
  entries: AuditTableEntry[];
  values: AuditFilterValues;
  older?: AuditCursor;
  newer?: AuditCursor | 'first';
}) {
  const base = path('supportAudit');
  const prevHref =
    newer === undefined ? null : base + auditQueryString(values, newer === 'first' ? {} : { before: newer });
  const nextHref = older === undefined ? null : base + auditQueryString(values, { after: older });
  const head: LabelKey[] = [
    'support.audit.at',
    'support.audit.type',
    'support.audit.outcome',
    'support.audit.actor',
    'support.auditLog.holderCol',
    'support.auditLog.ip',
    'support.auditLog.detail',
  ];
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-lg font-bold">
        {t(lang, 'support.auditLog.results')}
      </h2>
      {entries.length === 0 ? (
        <p role="status">{t(lang, 'support.auditLog.none')}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="results-heading" tabIndex={0}>
          <table className="w-full min-w-[64rem] border-collapse bg-white text-sm">
            <caption className="sr-only">{t(lang, 'support.auditLog.results')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <HeadCells lang={lang} keys={head} />
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const known = ACTOR_LABEL[e.actor];
                return (
                  <tr key={e.id}>
                    <td className={`${CELL} whitespace-nowrap`}>{tokyoTime(e.at, lang)}</td>
                    <td className={`${CELL} whitespace-nowrap font-mono`}>{e.type}</td>
                    <td className={`${CELL} whitespace-nowrap`}>{outcomeLabel(lang, e.outcome)}</td>
                    <td className={CELL}>
                      {e.actor.startsWith('staff:') ? (
                        <>
                          {e.actorName ?? e.actor}
                          <span className="block font-mono text-xs text-gray-700">{e.actor.slice(0, 14)}…</span>
                        </>
                      ) : known ? (
                        t(lang, known)
                      ) : (
                        e.actor
                      )}
                    </td>
                    <td className={`${CELL} whitespace-nowrap`}>
                      {e.holderId ? (
                        <Link href={holderPath(e.holderId)} prefetch={false} className={LINK}>
                          {e.personId ?? e.holderId}
                        </Link>
                      ) : (
                        t(lang, 'support.never')
                      )}
                    </td>
                    <td className={`${CELL} whitespace-nowrap font-mono text-xs`}>
                      {e.ip ?? t(lang, 'support.never')}
                    </td>
                    <td className={`${CELL} max-w-md break-words`}>{compactDetail(e.detail)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {(prevHref || nextHref) && (
        <nav aria-label={t(lang, 'support.auditLog.paging')} className="flex gap-6">
          {prevHref && (
            <Link href={prevHref} prefetch={false} className={LINK}>
              {t(lang, 'support.auditLog.prev')}
            </Link>
          )}
          {nextHref && (
            <Link href={nextHref} prefetch={false} className={LINK}>
              {t(lang, 'support.auditLog.next')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
