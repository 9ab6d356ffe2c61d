import { NextResponse, type NextRequest } from 'next/server';
import { refusalResponse, requireStaff } from '@/lib/authz/guard';
import { jsonFailure } from '@/lib/http/responses';
import { log } from '@/lib/log';
import { applicationPhotoBytes } from '@/lib/support/applications';

export const dynamic = 'force-dynamic';

/**
 * A re-issue application's card-face photo (`applications.read`): the stored re-encoded JPEG,
 * `private, no-store` so no cache keeps it. The bytes are never logged. Never a 500.
 */
export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const access = await requireStaff('applications.read');
    if (!access.ok) return refusalResponse(access);
    const photo = await applicationPhotoBytes((await params).id);
    if (!photo) return jsonFailure('staff.applicationUnknown', 404);
    return new NextResponse(new Uint8Array(photo), {
      headers: {
        'content-type': 'image/jpeg',
        'content-length': String(photo.length),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (err) {
    log.error('application.photo.failed', { error: err });
    return jsonFailure('server.unavailable', 503);
  }
}
