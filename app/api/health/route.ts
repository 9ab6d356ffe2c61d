import { NextResponse } from 'next/server';
import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';
import { log } from '@/lib/security/log';

export const dynamic = 'force-dynamic';

/** Liveness with database reachability: 200 when a query answers, 503 otherwise. */
export async function GET() {
  try {
    const { db, engine } = await getDb();
    await sql`select 1`.execute(db);
    return NextResponse.json({ status: 'ok', database: engine });
  } catch (err) {
    log.error('health.database.down', { error: err });
    return NextResponse.json({ status: 'unavailable' }, { status: 503 });
  }
}
