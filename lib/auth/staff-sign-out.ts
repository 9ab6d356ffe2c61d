import 'server-only';
import { withTransaction } from '@/lib/db/client';
import { audit } from '@/lib/audit';
import { endSession } from '@/lib/staff/sessions';

/** Ends the staff session of this cookie token (if it is still open) and audits it. */
export async function signOutStaff(token: string | undefined, ip: string | null, now = Date.now()): Promise<void> {
  if (!token) return;
  await withTransaction(async (tx) => {
    const staffId = await endSession(tx, token, now);
    if (staffId) {
      await audit(
        tx,
        { type: 'staff.signout', outcome: 'ok', actor: `staff:${staffId}`, ip, detail: { staffId } },
        now,
      );
    }
  });
}
