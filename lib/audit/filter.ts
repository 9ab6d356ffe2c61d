import { z } from 'zod';
import { holderRefKey } from '@/lib/normalize/holder-ref';
import { isAuditType, type AuditOutcome } from './types';
import type { AuditType } from './index';

/**
 * The audit log's filters (issue 8 #6) as one query string, shared by the page `/support/audit`
 * and its CSV export so that 「CSVでダウンロード」 exports exactly what the page lists. Browser-safe.
 *
 * Times are the centre's: Asia/Tokyo (UTC+9 all year, no daylight saving), as `<input
 * type="datetime-local">` sends them (`2026-12-03T09:30`) or a date alone (`2026-12-03`). Both
 * ends are inclusive of what was typed: `to=2026-12-03` ends at the end of that day in Japan.
 */

/** Each refusal is a catalogue code the page shows and the CSV route answers (400). */
export type AuditFilterCode =
  'staff.auditDateInvalid' | 'staff.auditRangeInvalid' | 'staff.auditHolderInvalid' | 'staff.auditFilterInvalid';

export const AUDIT_PAGE_SIZE = 50;

/** A keyset position: the (at, id) of a row; a page starts just past it. */
export type AuditCursor = { at: number; id: string };

/** What the actor filter matches: one actor, or every staff member / every operator script. */
export type ActorFilter = { exact: string } | { prefix: 'staff:' | 'operator:' };

export type AuditFilter = {
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, exclusive (just past what was typed). */
  to?: number;
  /** As typed: a holder row id, 本人ID, カードID or 医籍登録番号 (the server resolves it). */
  holder?: string;
  actor?: ActorFilter;
  type?: AuditType;
  outcome?: AuditOutcome;
  /** 「サンドボックスを表示」: include the events of support sandbox holders. */
  sandbox: boolean;
};

/** The query string's fields as typed (to fill the form again and to build the paging links). */
export type AuditFilterValues = Partial<Record<'from' | 'to' | 'holder' | 'actor' | 'type' | 'outcome', string>> & {
  sandbox?: '1';
};

export type ParsedAuditQuery =
  | {
      ok: true;
      filter: AuditFilter;
      values: AuditFilterValues;
      /** `after`: the next (older) page; `before`: the previous (newer) one. */
      page: { after?: AuditCursor; before?: AuditCursor };
    }
  | { ok: false; code: AuditFilterCode; values: AuditFilterValues };

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A Japan time as typed → [start, end) in epoch ms: a date is the whole day, a minute the whole
 * minute, a second that second. Null for anything else, including 2026-02-30 or 24:00.
 */
export function tokyoTimeRange(input: string): [number, number] | null {
  const m = TIME_RE.exec(input);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1);
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)] as const;
  const utc = Date.UTC(...parts);
  const back = new Date(utc);
  const same =
    back.getUTCFullYear() === parts[0] &&
    back.getUTCMonth() === parts[1] &&
    back.getUTCDate() === parts[2] &&
    back.getUTCHours() === parts[3] &&
    back.getUTCMinutes() === parts[4] &&
    back.getUTCSeconds() === parts[5];
  if (!same || parts[0] < 2000 || parts[0] > 2999) return null;
  const start = utc - TOKYO_OFFSET_MS;
  const span = m[4] === undefined ? 86_400_000 : m[6] === undefined ? 60_000 : 1_000;
  return [start, start + span];
}

/** An epoch-ms instant as Japan time, ISO 8601 with its offset: `2026-12-03T09:30:05.123+09:00`. */
export function tokyoIso(ms: number): string {
  return `${new Date(ms + TOKYO_OFFSET_MS).toISOString().slice(0, -1)}+09:00`;
}

const CURSOR_RE = /^(\d{1,15})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const ACTOR_RE = /^(?:doctor|system|anonymous|staff|operator|staff:[0-9a-f-]{36}|operator:[a-z0-9-]{1,40})$/;

export function cursorParam(c: AuditCursor): string {
  return `${c.at}.${c.id}`;
}

const field = (max: number) =>
  z
    .string()
    .max(max, 'staff.auditFilterInvalid')
    .transform((s) => s.trim())
    .optional();

/** Strings only (a repeated field is an array: refused), empty ones as absent (a GET form sends them). */
const schema = z
  .object({
    from: field(40),
    to: field(40),
    holder: field(64),
    actor: field(60),
    type: field(60),
    outcome: field(10),
    sandbox: field(5),
    after: field(60),
    before: field(60),
  })
  .superRefine((v, ctx) => {
    const issue = (message: AuditFilterCode) => ctx.addIssue({ code: 'custom', message });
    for (const key of ['from', 'to'] as const) if (v[key] && !tokyoTimeRange(v[key])) issue('staff.auditDateInvalid');
    if (v.from && v.to) {
      const from = tokyoTimeRange(v.from);
      const to = tokyoTimeRange(v.to);
      if (from && to && from[0] >= to[1]) issue('staff.auditRangeInvalid');
    }
    if (v.holder && !holderRefKey(v.holder)) issue('staff.auditHolderInvalid');
    if (v.actor && !ACTOR_RE.test(v.actor)) issue('staff.auditFilterInvalid');
    if (v.type && !isAuditType(v.type)) issue('staff.auditFilterInvalid');
    if (v.outcome && !['ok', 'fail', 'info'].includes(v.outcome)) issue('staff.auditFilterInvalid');
    if (v.sandbox && v.sandbox !== '1') issue('staff.auditFilterInvalid');
    for (const key of ['after', 'before'] as const)
      if (v[key] && !CURSOR_RE.test(v[key])) issue('staff.auditFilterInvalid');
    if (v.after && v.before) issue('staff.auditFilterInvalid');
  });

/** Takes Next's `searchParams` or a URL's; never throws: bad input is a code, nothing else. */
export function parseAuditQuery(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): ParsedAuditQuery {
  const raw: Record<string, unknown> = {};
  const entries = input instanceof URLSearchParams ? groupParams(input) : Object.entries(input);
  for (const [key, value] of entries) if (value !== undefined && value !== '') raw[key] = value;
  const values = formValues(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0]?.message;
    const code = (isFilterCode(first) ? first : 'staff.auditFilterInvalid') satisfies AuditFilterCode;
    return { ok: false, code, values };
  }
  const v = parsed.data;
  const cursor = (s: string | undefined): AuditCursor | undefined => {
    const m = s ? CURSOR_RE.exec(s) : null;
    return m ? { at: Number(m[1]), id: m[2]! } : undefined;
  };
  const actor: ActorFilter | undefined = !v.actor
    ? undefined
    : v.actor === 'staff' || v.actor === 'operator'
      ? { prefix: `${v.actor}:` }
      : { exact: v.actor };
  const filter: AuditFilter = {
    from: v.from ? tokyoTimeRange(v.from)![0] : undefined,
    to: v.to ? tokyoTimeRange(v.to)![1] : undefined,
    holder: v.holder || undefined,
    actor,
    type: v.type && isAuditType(v.type) ? v.type : undefined,
    outcome: (v.outcome || undefined) as AuditOutcome | undefined,
    sandbox: v.sandbox === '1',
  };
  return { ok: true, filter, values, page: { after: cursor(v.after), before: cursor(v.before) } };
}

function isFilterCode(code: string | undefined): code is AuditFilterCode {
  return (
    code === 'staff.auditDateInvalid' ||
    code === 'staff.auditRangeInvalid' ||
    code === 'staff.auditHolderInvalid' ||
    code === 'staff.auditFilterInvalid'
  );
}

function groupParams(params: URLSearchParams): Array<[string, string | string[]]> {
  const grouped = new Map<string, string[]>();
  for (const [key, value] of params) grouped.set(key, [...(grouped.get(key) ?? []), value]);
  return [...grouped].map(([key, list]) => [key, list.length === 1 ? list[0]! : list]);
}

/** The fields to show in the form again (strings only, trimmed, bounded), whatever was sent. */
function formValues(raw: Record<string, unknown>): AuditFilterValues {
  const values: AuditFilterValues = {};
  for (const key of ['from', 'to', 'holder', 'actor', 'type', 'outcome'] as const) {
    const value = raw[key];
    if (typeof value === 'string' && value.trim()) values[key] = value.trim().slice(0, 64);
  }
  if (raw.sandbox === '1') values.sandbox = '1';
  return values;
}

/** `?from=…&type=…` for a link that keeps the filters (and moves the page, with `page`). */
export function auditQueryString(values: AuditFilterValues, page: { after?: AuditCursor; before?: AuditCursor } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  if (page.after) params.set('after', cursorParam(page.after));
  if (page.before) params.set('before', cursorParam(page.before));
  const query = params.toString();
  return query ? `?${query}` : '';
}
