/**
 * Next.js calls this once when the server starts, whatever started it (`npm start` or `next
 * start`), and waits for it before serving: the configuration is checked (a bad one stops the
 * server here), every request gets its client address, and the database gets its upkeep.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { parseEnvOrExit, setNextAuthEnv } = await import('./lib/env');
    const config = parseEnvOrExit(process.env);
    setNextAuthEnv(config);
    const { stampClientAddresses } = await import('./lib/http/client-ip');
    stampClientAddresses(config.trustProxyHops);
    // For the start script's page edge (lib/http/page-edge.ts), which does proxy.ts's work itself.
    const [{ databaseAvailable }, { offerDatabaseCheck }] = await Promise.all([
      import('./lib/db/client'),
      import('./lib/http/page-edge'),
    ]);
    offerDatabaseCheck(databaseAvailable);
    const { startMaintenance } = await import('./lib/db/purge');
    startMaintenance();
  }
}
