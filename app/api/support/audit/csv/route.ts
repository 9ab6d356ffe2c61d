import { NextResponse, type NextRequest } from 'next/server';
import { parseAuditQuery } from '@/lib/audit/filter';
import { actorOf } from '@/lib/auth/principal';
import { refusalResponse, requireStaff } from '@/lib/authz/guard';
import { clientIp } from '@/lib/http/client-ip';
import { jsonFailure } from '@/lib/http/responses';
import { getLang } from '@/lib/i18n/server';
import { log } from '@/lib/log';
import { exportAuditCsv } from '@/lib/support/audit-log';

export const dynamic = 'force-dynamic';

/**
 * 「CSVでダウンロード」 (admins: `audit.export`): the audit log under the page's filters as a
 * streamed CSV, UTF-8 with BOM. A filter the page would refuse is a 400 with its catalogue code;
 * nothing is exported (or audited) then. Never a 500.
 */
export async function GET(req: NextRequest) {
  try {
    const access = await requireStaff('audit.export');
    if (!access.ok) return refusalResponse(access);
    const parsed = parseAuditQuery(req.nextUrl.searchParams);
    if (!parsed.ok) return jsonFailure(parsed.code, 400);
    const { stream, fileName } = await exportAuditCsv(parsed.filter, {
      actor: actorOf(access.principal),
      ip: clientIp(req.headers),
      lang: await getLang(),
    });
    return new NextResponse(stream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}"`,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch (err) {
    log.error('audit.export.failed', { error: err });
    return jsonFailure('server.unavailable', 503);
  }
}
