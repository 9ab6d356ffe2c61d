import { NextResponse } from 'next/server';
import { databaseAvailable, getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

/** Liveness with database reachability: 200 when a query answers, 503 otherwise. */
export async function GET() {
  if (!(await databaseAvailable())) return NextResponse.json({ status: 'unavailable' }, { status: 503 });
  const { engine } = await getDb();
  return NextResponse.json({ status: 'ok', database: engine });
}
