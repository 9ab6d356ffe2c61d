import { NextResponse, type NextRequest } from 'next/server';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { completeSignIn } from '@/lib/binding/sign-in';
import { jsonAction } from '@/lib/flow/json-action';
import { STEP_PATH } from '@/lib/flow/machine';

export const POST = (req: NextRequest) =>
  jsonAction(req, 'register', ceremonyResultSchema, async (ctx) => {
    const { next } = await completeSignIn(ctx, ctx.body.response);
    return NextResponse.json({ ok: true, next: STEP_PATH[next] });
  });
