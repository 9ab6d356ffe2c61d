import type { NextRequest } from 'next/server';
import { openDeepLink } from '@/lib/flow/deep-link';

/** The URL inside the QR code: `${PUBLIC_ORIGIN}/r/<code>` opened by the phone's camera app. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ code: string }> }) {
  return openDeepLink(req, (await ctx.params).code);
}
