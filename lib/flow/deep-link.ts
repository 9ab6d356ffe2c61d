import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { withTransaction } from '@/lib/db/client';
import { clientIp } from '@/lib/http/client-ip';
import { BadRequest, readForm } from '@/lib/http/body';
import { deleteCookie, setCookie } from '@/lib/http/cookies';
import { seeOther, unavailable } from '@/lib/http/responses';
import { log } from '@/lib/log';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { acceptCode } from './code';
import { STEP_PATH } from '@/lib/steps/registration';
import { qrEntryWithNotice, type QrEntryNotice } from './notice';
import { createFlow } from './store';

/**
 * Opening the QR code's URL starts a fresh flow holding the ticket: the terms come first, then the
 * password (spec §3). A code that cannot be used lands on QR entry with its message.
 */
export async function openDeepLink(req: NextRequest, rawCode: string): Promise<NextResponse> {
  return startWithCode(req, async () => safeDecode(rawCode));
}

/** A code typed on QR entry when no flow is behind it (a refused deep link leaves none). */
export async function enterCodeWithoutFlow(req: NextRequest): Promise<NextResponse> {
  return startWithCode(req, async () => (await readForm(req)).get('code') ?? '');
}

/**
 * Only an accepted code makes a row, and only within the per-IP creation limit. A refused one stores
 * nothing: its message travels in the redirect (`qrEntryWithNotice`), and an older flow is let go,
 * as a fresh start would.
 */
async function startWithCode(req: NextRequest, readCode: () => Promise<string>): Promise<NextResponse> {
  try {
    const ip = clientIp(req.headers);
    const result = await acceptCode(await readCode(), ip);
    if ('notice' in result) return refused(result.notice.code);
    if (!(await withinLimits([[RULES.flowCreationPerIp, ip]]))) return refused('rate.limited');
    const created = await withTransaction((tx) =>
      createFlow(tx, { step: 'terms', ticketId: result.set?.ticket_id, holderId: result.set?.holder_id }),
    );
    const response = seeOther(STEP_PATH.terms);
    setCookie(response, 'flow', created.token);
    return response;
  } catch (err) {
    if (err instanceof BadRequest) return refused('request.invalid');
    log.error('flow.deeplink.failed', { error: err });
    return unavailable();
  }
}

function refused(code: QrEntryNotice): NextResponse {
  const response = seeOther(qrEntryWithNotice(code));
  deleteCookie(response, 'flow');
  return response;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value).slice(0, 200);
  } catch {
    return '';
  }
}
