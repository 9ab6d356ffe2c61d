import type { NextRequest } from 'next/server';
import { chooseRegistration } from '@/lib/flow/entry';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';

/** 【初回登録の方はこちら】 → QR entry (a new flow when the last one has ended). */
export const POST = leanPost(path('flowStart'), (req: NextRequest) => chooseRegistration(req), { edge: true });
