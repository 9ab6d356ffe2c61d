import type { NextRequest } from 'next/server';
import { flowAction } from '@/lib/flow/action';

/** 【初回登録の方はこちら】 → QR entry. */
export const POST = (req: NextRequest) => flowAction(req, 'start', async () => ({ event: 'registrationChosen' }));
