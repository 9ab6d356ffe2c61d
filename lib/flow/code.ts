import 'server-only';
import { normalizeRegistrationCode } from '@/lib/normalize/registration-code';
import { withTransaction } from '@/lib/db/client';
import { audit } from '@/lib/audit';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { lookupTicket } from '@/lib/tickets/lookup';
import type { StepResult } from './journey';
import type { QrEntryNotice } from './notice';

export type CodeResult = Exclude<StepResult, { notice: unknown }> | { notice: { code: QrEntryNotice } };

/**
 * QR entry (spec §3 step 3): a tolerant code, rate-limited per IP, then its own message for each
 * reason it cannot be used. Per ticket only refused opens count, and only towards the audit trail
 * (RULES.refusedOpenPerTicket): the answer is the ticket's own message either way.
 */
export async function acceptCode(input: string, ip: string | null): Promise<CodeResult> {
  if (!(await withinLimits([[RULES.codeLookupPerIp, ip]]))) return { notice: { code: 'rate.limited' } };
  const code = normalizeRegistrationCode(input);
  if (!code) return { notice: { code: 'qr.codeFormat' } };
  const found = await lookupTicket(code);
  const ticketId = found.ticket?.id ?? null;
  const recorded = found.ok || !ticketId || (await withinLimits([[RULES.refusedOpenPerTicket, ticketId]]));
  if (recorded) {
    await withTransaction((tx) =>
      audit(tx, {
        type: 'ticket.opened',
        outcome: found.ok ? 'ok' : 'fail',
        holderId: found.ticket?.holder_id,
        ticketId,
        ip,
        detail: found.ok ? {} : { reason: found.code },
      }),
    );
  }
  if (!found.ok) return { notice: { code: found.code } };
  return { event: 'ticketAccepted', set: { ticket_id: found.ticket.id, holder_id: found.ticket.holder_id } };
}
