import { NextResponse, type NextRequest } from 'next/server';
import { emptySchema } from '@/lib/binding/schemas';
import { oldPhoneOptions } from '@/lib/device/change';
import { AppError } from '@/lib/errors';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import { createDeviceChange, loadDeviceChange } from '@/lib/device/store';
import { setCookie } from '@/lib/http/cookies';

/** 登録してあるスマートフォンを変更: each visit starts a fresh change and its sign-in options. */
export const POST = (req: NextRequest) =>
  jsonEndpoint(req, emptySchema, async ({ ip }) => {
    // Limited before anything is stored: each visit writes a row.
    if (!(await withinLimits([[RULES.deviceChangePerIp, ip]]))) throw new AppError('rate.limited');
    const { token, id } = await createDeviceChange();
    const change = await loadDeviceChange(token);
    if (!change) throw new Error(`device change ${id} vanished`);
    const response = NextResponse.json({ ok: true, options: await oldPhoneOptions({ change, ip }) });
    setCookie(response, 'deviceChange', token);
    return response;
  });
