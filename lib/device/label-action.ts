import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { withTransaction } from '@/lib/db/client';
import { labelInput, relabelCredential } from '@/lib/credentials/label';
import { DEVICE_PATH, deviceChange } from './journey';
import { advanceDeviceChange, isDeviceStep } from './store';
import { forbidden, seeOther, unavailable } from '@/lib/http/responses';
import { BadRequest, readForm } from '@/lib/http/body';
import { clientIp } from '@/lib/http/client-ip';
import { log } from '@/lib/log';
import { isSameOrigin } from '@/lib/security/origin';

/** ラベル登録 after a device change; an invalid label keeps the automatic one rather than stopping. */
export async function saveDeviceLabel(req: NextRequest): Promise<NextResponse> {
  if (!isSameOrigin(req.headers)) return forbidden();
  try {
    const change = await deviceChange.current(req.cookies);
    if (!change || change.step !== 'label' || !change.new_credential_id) return seeOther(DEVICE_PATH.signin);
    let input: string | null = null;
    try {
      input = labelInput(await readForm(req));
    } catch (err) {
      if (!(err instanceof BadRequest)) throw err;
    }
    const saved = await relabelCredential(change.new_credential_id, input, {
      holderId: change.holder_id,
      ip: clientIp(req.headers),
    });
    if (!saved) return seeOther(`${DEVICE_PATH.label}?invalid=1`);
    const moved = await withTransaction((tx) => advanceDeviceChange(tx, change.id, 'labelled', {}));
    if (moved) return seeOther(DEVICE_PATH[moved]);
    // Another tab or a double tap moved the change first: show where it is now.
    const now = await deviceChange.current(req.cookies);
    return seeOther(now && isDeviceStep(now.step) ? DEVICE_PATH[now.step] : DEVICE_PATH.signin);
  } catch (err) {
    log.error('device.label.failed', { error: err });
    return unavailable();
  }
}
