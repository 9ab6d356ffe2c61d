import type { NextRequest } from 'next/server';
import { chooseRegistration } from '@/lib/flow/entry';

/** 【初回登録の方はこちら】 → QR entry (a new flow when the last one has ended). */
export const POST = (req: NextRequest) => chooseRegistration(req);
