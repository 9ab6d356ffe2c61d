import NextAuth from 'next-auth';
import { isAllowedAuthAction } from '@/lib/auth/next-auth-actions';
import { authOptions } from '@/lib/auth/options';
import { jsonFailure } from '@/lib/http/responses';
import { log } from '@/lib/log';

type Params = { params: Promise<{ nextauth: string[] }> };
type V4Handler = (req: Request, ctx: { params: { nextauth: string[] } }) => Promise<Response>;

/**
 * next-auth v4's route handler, built per request so configuration is read at run time. Only the
 * actions the site uses reach it; proxy.ts bounds the bodies it parses (it has no cap of its own),
 * and any failure answers 400 rather than 500: never next-auth's own text.
 */
async function handler(req: Request, ctx: Params): Promise<Response> {
  const params = await ctx.params;
  if (!isAllowedAuthAction(req.method, params.nextauth)) {
    return jsonFailure('request.invalid', 404);
  }
  try {
    return await (NextAuth(authOptions()) as unknown as V4Handler)(req, { params });
  } catch (err) {
    log.warn('auth.route.refused', { error: err });
    return jsonFailure('request.invalid', 400);
  }
}

export { handler as GET, handler as POST };
