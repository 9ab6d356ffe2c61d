/** Next.js calls this once when the server starts: background upkeep of the database. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startMaintenance } = await import('./lib/db/purge');
    startMaintenance();
  }
}
