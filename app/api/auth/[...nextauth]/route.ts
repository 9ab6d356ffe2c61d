import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { MAX_FORM_BYTES } from '@/lib/http/body';
import { log } from '@/lib/security/log';

type Params = { params: Promise<{ nextauth: string[] }> };
type V4Handler = (req: Request, ctx: { params: { nextauth: string[] } }) => Promise<Response>;

/**
 * next-auth v4's route handler, built per request so configuration is read at run time. next-auth
 * parses bodies itself without a size cap and throws on malformed JSON, so bodies are bounded
 * here and any failure answers 400 rather than 500.
 */
async function handler(req: Request, ctx: Params): Promise<Response> {
  if (Number(req.headers.get('content-length') ?? '0') > MAX_FORM_BYTES) {
    return NextResponse.json({ ok: false, code: 'request.invalid' }, { status: 400 });
  }
  try {
    return await (NextAuth(authOptions()) as unknown as V4Handler)(req, { params: await ctx.params });
  } catch (err) {
    log.warn('auth.route.refused', { error: err });
    return NextResponse.json({ ok: false, code: 'request.invalid' }, { status: 400 });
  }
}

export { handler as GET, handler as POST };
