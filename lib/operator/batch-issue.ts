import 'server-only';
import { withTransaction } from '@/lib/db/client';
import { holdersByPersonIds } from '@/lib/holders';
import { normalizePersonId } from '@/lib/normalize/person-id';
import { issueTicket } from '@/lib/tickets/issue';
import type { AuditActor } from '@/lib/audit';
import { OperatorError } from './errors';
import { checkTtlDays, ticketUrl } from './holders';

/** Tickets per transaction: short write locks for the live site, few commits for the batch. */
const CHUNK = 500;

export type BatchTicket = { personId: string; cardId: string; code: string; url: string; expiresAt: string };

/**
 * The 本人ID list of `tickets:issue --person-ids-file`: one per line, blank lines ignored. Every
 * line is checked before anything is issued; the first bad one is named with its line number.
 */
export function parsePersonIdList(text: string): string[] {
  const seen = new Map<string, number>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      const personId = normalizePersonId(raw);
      if (!personId) throw new OperatorError(`line ${line}: not a 本人ID: ${JSON.stringify(raw.slice(0, 40))}`);
      const first = seen.get(personId);
      if (first !== undefined) throw new OperatorError(`line ${line}: 本人ID ${personId} is also on line ${first}`);
      seen.set(personId, line);
    });
  if (seen.size === 0) throw new OperatorError('the file lists no 本人ID');
  return [...seen.keys()];
}

/**
 * Issues one ticket per 本人ID (spec §2: each supersedes the holder's older open ones), for the
 * issuing system's print run. Every 本人ID must be a known, real holder, or nothing is issued.
 * Tickets are issued in transactions of CHUNK; should one fail mid-batch, the error carries the
 * tickets already committed so that their codes are not lost (`BatchInterrupted`).
 */
export async function issueTicketsBatch(
  personIds: readonly string[],
  options: { ttlDays?: number; actor?: AuditActor; onProgress?: (done: number, total: number) => void } = {},
): Promise<BatchTicket[]> {
  checkTtlDays(options.ttlDays);
  const holders = await holdersByPersonIds(personIds);
  personIds.forEach((personId, i) => {
    const holder = holders.get(personId);
    if (!holder) throw new OperatorError(`entry ${i + 1}: no holder with 本人ID ${personId}`);
    if (holder.sandbox === 1) throw new OperatorError(`entry ${i + 1}: ${personId} is a support sandbox holder`);
  });
  const issued: BatchTicket[] = [];
  for (let start = 0; start < personIds.length; start += CHUNK) {
    try {
      const chunk = await withTransaction(async (tx, engine) => {
        const out: BatchTicket[] = [];
        for (const personId of personIds.slice(start, start + CHUNK)) {
          const holder = holders.get(personId)!;
          const t = await issueTicket(tx, engine, {
            holderId: holder.id,
            ttlDays: options.ttlDays,
            actor: options.actor ?? 'operator:cli',
          });
          out.push({
            personId,
            cardId: holder.card_id,
            code: t.code,
            url: ticketUrl(t.code),
            expiresAt: new Date(t.expiresAt).toISOString(),
          });
        }
        return out;
      });
      issued.push(...chunk);
    } catch (err) {
      throw new BatchInterrupted(issued, err);
    }
    options.onProgress?.(issued.length, personIds.length);
  }
  return issued;
}

/** A batch that stopped part-way: `issued` were committed (print them), the rest were not. */
export class BatchInterrupted extends Error {
  constructor(
    readonly issued: BatchTicket[],
    readonly reason: unknown,
  ) {
    super(`stopped after ${issued.length} tickets: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}
