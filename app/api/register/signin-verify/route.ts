import type { NextRequest } from 'next/server';
import { ceremonyResultSchema } from '@/lib/binding/schemas';
import { completeSignIn } from '@/lib/binding/sign-in';
import { registration } from '@/lib/flow/journey';
import { STEP_PATH } from '@/lib/steps/registration';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { json } from '@/lib/http/responses';

export const POST = leanPost(path('registerSignInVerify'), (req: NextRequest) =>
  registration.jsonAction(req, 'register', ceremonyResultSchema, async ({ row: flow, body, ip }) => {
    const { next } = await completeSignIn({ flow, ip }, body.response);
    return json({ ok: true, next: STEP_PATH[next] });
  }),
);
