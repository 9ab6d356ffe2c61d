import { NextResponse, type NextRequest } from 'next/server';
import { emptySchema } from '@/lib/binding/schemas';
import { signInOptions } from '@/lib/binding/sign-in';
import { jsonAction } from '@/lib/flow/json-action';

export const POST = (req: NextRequest) =>
  jsonAction(req, 'register', emptySchema, async (ctx) =>
    NextResponse.json({ ok: true, options: await signInOptions(ctx) }),
  );
