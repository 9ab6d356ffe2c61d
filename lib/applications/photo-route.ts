import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { log } from '@/lib/log';
import { reissueApply } from './journey';

const NO_PHOTO = () => new NextResponse(null, { status: 404, headers: { 'cache-control': 'no-store' } });

/**
 * The preview of the 確認 page (and of the form after 【修正する】): the re-encoded JPEG (no
 * metadata) on the row of this request's own cookie, never anyone else's, never cached, never
 * logged. Once the application is sent the row's photo is no longer shown.
 */
export async function draftPhoto(req: NextRequest): Promise<NextResponse> {
  try {
    const draft = await reissueApply.current(req.cookies);
    if (!draft?.photo || draft.step === 'received') return NO_PHOTO();
    return new NextResponse(new Uint8Array(draft.photo), {
      status: 200,
      headers: {
        'content-type': 'image/jpeg',
        'cache-control': 'no-store, private',
        'content-disposition': 'inline; filename="card.jpg"',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (err) {
    log.error('reissue.photo.failed', { error: err });
    return new NextResponse(null, { status: 503, headers: { 'cache-control': 'no-store' } });
  }
}
