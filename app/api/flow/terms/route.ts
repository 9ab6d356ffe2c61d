import type { NextRequest } from 'next/server';
import { agreeToTerms } from '@/lib/flow/entry';

export const POST = (req: NextRequest) => agreeToTerms(req);
