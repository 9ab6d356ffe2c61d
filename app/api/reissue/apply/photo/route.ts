import type { NextRequest } from 'next/server';
import { draftPhoto } from '@/lib/applications/photo-route';

/** The checked card-face photo of this browser's application, for the 確認 page's preview. */
export const GET = (req: NextRequest) => draftPhoto(req);
