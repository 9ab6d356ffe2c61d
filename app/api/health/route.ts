import { databaseAvailable, getDb } from '@/lib/db/client';
import { json } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

/** Liveness with database reachability: 200 when a query answers, 503 otherwise. */
export async function GET() {
  if (!(await databaseAvailable())) return json({ status: 'unavailable' }, { status: 503 });
  const { engine } = await getDb();
  return json({ status: 'ok', database: engine });
}
