import type { NextRequest } from 'next/server';
import { restartFlow } from '@/lib/flow/entry';

export const POST = (req: NextRequest) => restartFlow(req);
