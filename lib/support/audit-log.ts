import 'server-only';
import { withTransaction } from '@/lib/db/client';
import { audit, type AuditActor } from '@/lib/audit';
import { CSV_BOM, csvLine } from '@/lib/audit/csv';
import { tokyoIso, type AuditCursor, type AuditFilter } from '@/lib/audit/filter';
import { auditBatches, auditPage, resolveAuditFilter, type AuditRow } from '@/lib/audit/query';
import { personIdsOf } from '@/lib/holders';
import { log } from '@/lib/log';
import { t, type Lang, type LabelKey } from '@/lib/messages';
import { staffNames } from '@/lib/staff/accounts';

/**
 * The console's audit log (issue 8 #6), put together from the table owners: the events from
 * lib/audit, the staff actors' names from lib/staff and the holders' 本人ID from lib/holders (the
 * audit module cannot ask lib/staff itself: lib/staff audits through it).
 */

export type AuditEntry = AuditRow & { actorName: string | null; personId: string | null };

async function named(rows: AuditRow[]): Promise<AuditEntry[]> {
  const staffIds = rows.filter((r) => r.actor.startsWith('staff:')).map((r) => r.actor.slice('staff:'.length));
  const holderIds = rows.map((r) => r.holderId).filter((id): id is string => id !== null);
  const [names, personIds] = await Promise.all([staffNames(staffIds), personIdsOf(holderIds)]);
  return rows.map((r) => ({
    ...r,
    actorName: r.actor.startsWith('staff:') ? (names.get(r.actor.slice('staff:'.length)) ?? null) : null,
    personId: r.holderId ? (personIds.get(r.holderId) ?? null) : null,
  }));
}

export type AuditLogView =
  | { holderUnknown: true }
  | { holderUnknown: false; entries: AuditEntry[]; older?: AuditCursor; newer?: AuditCursor | 'first' };

/** One page of the filtered log for /support/audit. */
export async function auditLogView(
  filter: AuditFilter,
  page: { after?: AuditCursor; before?: AuditCursor },
): Promise<AuditLogView> {
  const resolved = await resolveAuditFilter(filter);
  if (!resolved.ok) return { holderUnknown: true };
  const { rows, older, newer } = await auditPage(resolved.filter, page);
  return { holderUnknown: false, entries: await named(rows), older, newer };
}

const CSV_COLUMNS: LabelKey[] = [
  'support.csv.at',
  'support.csv.type',
  'support.csv.outcome',
  'support.csv.actor',
  'support.csv.actorName',
  'support.csv.holderId',
  'support.csv.personId',
  'support.csv.ticketId',
  'support.csv.credentialId',
  'support.csv.ip',
  'support.csv.detail',
  'support.csv.eventId',
];

function csvRecord(e: AuditEntry): string {
  return csvLine([
    tokyoIso(e.at),
    e.type,
    e.outcome,
    e.actor,
    e.actorName,
    e.holderId,
    e.personId,
    e.ticketId,
    e.credentialId,
    e.ip,
    JSON.stringify(e.detail),
    e.id,
  ]);
}

/** `audit-log-20261203-0930.csv`: when it was exported, in Japan time. */
export function csvFileName(now: number): string {
  const stamp = tokyoIso(now).slice(0, 16).replace(/-/g, '').replace('T', '-').replace(':', '');
  return `audit-log-${stamp}.csv`;
}

/**
 * 「CSVでダウンロード」: every event the filters match, newest first, as a stream of 500-row
 * keyset batches (never the whole log in memory). The export is audited first, with the filters
 * it read; the first batch is read before answering, so a database failure is still a clean 503.
 */
export async function exportAuditCsv(
  filter: AuditFilter,
  who: { actor: AuditActor; ip: string | null; lang: Lang },
  now = Date.now(),
): Promise<{ stream: ReadableStream<Uint8Array>; fileName: string }> {
  const resolved = await resolveAuditFilter(filter);
  const holderId = resolved.ok ? resolved.filter.holderId : undefined;
  await withTransaction((tx) =>
    audit(
      tx,
      {
        type: 'audit.exported',
        outcome: 'ok',
        actor: who.actor,
        ip: who.ip,
        detail: {
          from: filter.from === undefined ? undefined : tokyoIso(filter.from),
          to: filter.to === undefined ? undefined : tokyoIso(filter.to),
          holderId: filter.holder ? (holderId ?? 'unknown') : undefined,
          actor: filter.actor
            ? 'exact' in filter.actor
              ? filter.actor.exact
              : filter.actor.prefix.slice(0, -1)
            : undefined,
          type: filter.type,
          sandbox: filter.sandbox,
        },
      },
      now,
    ),
  );
  const encoder = new TextEncoder();
  const header = CSV_BOM + csvLine(CSV_COLUMNS.map((k) => t(who.lang, k)));
  // A holder that does not exist matches nothing: the header alone.
  const batches = resolved.ok ? auditBatches(resolved.filter) : undefined;
  let first = batches ? await batches.next() : undefined;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(header));
    },
    async pull(controller) {
      try {
        const step = first ?? (batches ? await batches.next() : { done: true as const, value: undefined });
        first = undefined;
        if (step.done) return controller.close();
        const entries = await named(step.value);
        controller.enqueue(encoder.encode(entries.map(csvRecord).join('')));
      } catch (err) {
        // Headers are sent by now: the download breaks off (the browser shows it failed).
        log.error('audit.export.failed', { error: err });
        controller.error(err);
      }
    },
    async cancel() {
      await batches?.return(undefined);
    },
  });
  return { stream, fileName: csvFileName(now) };
}
