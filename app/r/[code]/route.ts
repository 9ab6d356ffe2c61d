import type { NextRequest } from 'next/server';
import { openDeepLink } from '@/lib/flow/deep-link';
import { leanGetSegment } from '@/lib/http/lean-routes';

/** The URL inside the QR code: `${PUBLIC_ORIGIN}/r/<code>` opened by the phone's camera app. */
export async function GET(req: NextRequest, ctx: { params: Promise<{ code: string }> }) {
  return openDeepLink(req, (await ctx.params).code);
}

/** Also served on the lean path of scripts/start.ts (lib/http/lean-routes.ts) once loaded. */
leanGetSegment('/r/', (req: NextRequest, code: string) => openDeepLink(req, code));
