import type { NextRequest } from 'next/server';
import { emptySchema } from '@/lib/binding/schemas';
import { signInOptions } from '@/lib/binding/sign-in';
import { registration } from '@/lib/flow/journey';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';
import { json } from '@/lib/http/responses';

export const POST = leanPost(path('registerSignInOptions'), (req: NextRequest) =>
  registration.jsonAction(req, 'register', emptySchema, async ({ row: flow, ip }) =>
    json({ ok: true, options: await signInOptions({ flow, ip }) }),
  ),
);
