import type { NextRequest } from 'next/server';
import { agreeToTerms } from '@/lib/flow/entry';
import { leanPost } from '@/lib/http/lean-routes';
import { path } from '@/lib/routes';

export const POST = leanPost(path('flowTerms'), (req: NextRequest) => agreeToTerms(req), { edge: true });
