import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { withTransaction } from '@/lib/db/client';
import { clientIp } from '@/lib/http/client-ip';
import { log } from '@/lib/security/log';
import { seeOther } from './action';
import { acceptCode } from './code';
import { STEP_PATH } from './machine';
import { setFlowCookie } from './server';
import { createFlow } from './store';

/**
 * Opening the QR code's URL starts a fresh flow holding the ticket: the terms come first, then the
 * password (spec §3). A code that cannot be used lands on QR entry with its message.
 */
export async function openDeepLink(req: NextRequest, rawCode: string): Promise<NextResponse> {
  try {
    const result = await acceptCode(safeDecode(rawCode), clientIp(req.headers));
    const created = await withTransaction((tx) =>
      'notice' in result
        ? createFlow(tx, { step: 'qr', notice: result.notice })
        : createFlow(tx, { step: 'terms', ticketId: result.patch?.ticketId, holderId: result.patch?.holderId }),
    );
    const response = seeOther('notice' in result ? STEP_PATH.qr : STEP_PATH.terms);
    setFlowCookie(response, created.token);
    return response;
  } catch (err) {
    log.error('flow.deeplink.failed', { error: err });
    return seeOther('/unavailable');
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).slice(0, 200);
  } catch {
    return '';
  }
}
