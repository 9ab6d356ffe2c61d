import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { withTransaction } from '@/lib/db/client';
import type { Flow } from '@/lib/db/schema';
import { personIdOf } from '@/lib/holders';
import { audit } from '@/lib/audit';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import type { StepResult } from './journey';

/** The Username (canonical, from personIdForm) must be the ticket holder's 本人ID (spec §3 step 5). */
export async function confirmPersonId(flow: Flow, given: string, ip: string | null): Promise<StepResult> {
  if (!flow.holder_id) return { notice: { code: 'qr.unknown' } };
  if (!(await withinLimits([[RULES.loginPerIp, ip]]))) return { notice: { code: 'rate.limited' } };
  const personId = await personIdOf(flow.holder_id);
  const matches =
    personId !== undefined &&
    given.length === personId.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(personId));
  await withTransaction((tx) =>
    audit(tx, {
      type: 'login.personId',
      outcome: matches ? 'ok' : 'fail',
      holderId: flow.holder_id,
      ticketId: flow.ticket_id,
      ip,
    }),
  );
  return matches ? { event: 'personIdConfirmed' } : { notice: { code: 'login.personIdMismatch' } };
}
