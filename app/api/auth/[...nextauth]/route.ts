import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

/** next-auth v4's route handler; built per request so configuration is read at run time. */
const handler: Handler = async (req, ctx) =>
  (NextAuth(authOptions()) as unknown as (r: Request, c: { params: { nextauth: string[] } }) => Promise<Response>)(req, {
    params: await ctx.params,
  });

export { handler as GET, handler as POST };
