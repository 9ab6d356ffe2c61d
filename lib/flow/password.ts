import 'server-only';
import type { Flow } from '@/lib/db/schema';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { attemptPassword } from '@/lib/tickets/password';
import type { StepResult } from './journey';

export async function checkPassword(flow: Flow, input: string, ip: string | null): Promise<StepResult> {
  if (!flow.ticket_id) return { notice: { code: 'qr.unknown' } };
  if (!(await withinLimits([[RULES.passwordPerIp, ip]]))) return { notice: { code: 'rate.limited' } };
  const result = await attemptPassword(flow.ticket_id, input, { ip });
  if (result.ok) return { event: 'passwordAccepted' };
  if (result.code === 'password.wrong') return { notice: { code: result.code, params: { n: result.remaining } } };
  return { notice: { code: result.code } };
}
