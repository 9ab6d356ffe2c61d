import 'server-only';
import type { Tx } from '@/lib/db/client';
import { MAX_PASSWORD_ATTEMPTS } from './state';

/**
 * Puts a ticket at `used` wrong birth dates, locked at the limit, as that many refused password
 * checks would (lib/tickets/password.ts counts them one by one). For the support sandbox's
 * 再現する only (lib/sandbox): a real ticket's count moves only through `attemptPassword`.
 */
export async function setFailedAttempts(tx: Tx, ticketId: string, used: number, now: number): Promise<void> {
  const locked = used >= MAX_PASSWORD_ATTEMPTS;
  await tx
    .updateTable('tickets')
    .set({
      failed_attempts: Math.min(used, MAX_PASSWORD_ATTEMPTS),
      ...(locked && { state: 'locked' as const, locked_at: now }),
    })
    .where('id', '=', ticketId)
    .execute();
}
