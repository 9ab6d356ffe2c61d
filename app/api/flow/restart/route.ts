import type { NextRequest } from 'next/server';
import { restartFlow } from '@/lib/flow/entry';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';

export const POST = leanPost(path('flowRestart'), (req: NextRequest) => restartFlow(req), { edge: true });
