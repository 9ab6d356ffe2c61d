/**
 * Starts the site: checks the configuration (with a message naming what is wrong), migrates, then
 * serves Next.js. The client address is stamped in-process by instrumentation.ts, so `next start`
 * is as safe as this script (docs/decisions/0008-client-address.md).
 *   npm start            production build (run `npm run build` first)
 *   npm start -- --dev   development mode
 */
import './load-env';
import http from 'node:http';
import next from 'next';
import { parseEnvOrExit, setNextAuthEnv } from '@/lib/env';
import { REFUSED_BODY, bodyRefusal } from '@/lib/http/body-limits';
import { dropMalformedRouterState, frameworkRefusal } from '@/lib/http/framework-headers';
import { leanHandler, serveLean } from '@/lib/http/lean-routes';
import { isPageRequest, offeredDatabaseCheck, servePageEdge } from '@/lib/http/page-edge';
import { runServerTask } from './run-server-task';

async function main() {
  const dev = process.argv.includes('--dev');
  // Development runs on this machine: its origin follows PORT unless PUBLIC_ORIGIN says otherwise.
  if (dev && process.env.PORT) process.env.PUBLIC_ORIGIN ||= `http://localhost:${process.env.PORT}`;
  // Checked as the mode we are about to run in: a production start without secrets stops here.
  const config = parseEnvOrExit({ ...process.env, NODE_ENV: dev ? 'development' : 'production' });
  setNextAuthEnv(config);
  runServerTask('scripts/migrate.ts');

  const port = Number(process.env.PORT ?? new URL(config.publicOrigin).port ?? 3000) || 3000;
  const hostname = process.env.HOST ?? '127.0.0.1';
  // Next.js compares a proxy.ts rewrite's origin with `http(s)://<this hostname>:<port>`, and its
  // request URLs call a loopback address `localhost`: given 127.0.0.1 here, every rewrite looked
  // external and was proxied over the network (a 500 under X-Forwarded-Proto: https).
  const app = next({ dev, hostname: LOOPBACK.test(hostname) ? 'localhost' : hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const https = config.publicOrigin.startsWith('https:');
  const server = http
    .createServer((req, res) => {
      // An over-limit body is refused before Next.js reads any of it (proxy.ts checks it again),
      // and so is what only Next.js's own machinery would answer (lib/http/framework-headers.ts).
      const header = (name: string) => req.headers[name] as string | undefined;
      const refused = frameworkRefusal(req.method, header) ?? bodyRefusal(header, pathOf(req.url));
      dropMalformedRouterState(req.headers);
      // The WebAuthn JSON endpoints, once Next.js has loaded them (decision 0029).
      const lean = !refused && !dev ? leanHandler(req.method, pathOf(req.url)) : undefined;
      if (lean) return void serveLean(lean, req, res, config.publicOrigin);
      // A page: proxy.ts's work done here, so Next.js does not run it (lib/http/page-edge.ts).
      const databaseAvailable = offeredDatabaseCheck();
      if (!refused && !dev && databaseAvailable && isPageRequest(req.method, pathOf(req.url)))
        return void servePageEdge(req, res, handle, { https, databaseAvailable });
      if (!refused) return void handle(req, res);
      res.writeHead(refused, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify(REFUSED_BODY));
    })
    .listen(port, hostname, () => {
      process.stdout.write(
        `HPKI registration site ready at ${config.publicOrigin} (listening on ${hostname}:${port})\n`,
      );
    });
  // Stop on the signals a process manager sends: no new requests, then exit normally (so exit
  // handlers run — `node --cpu-prof` writes its profile then; see scripts/bench/flow.ts).
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
}

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|\[::1\]|localhost)$/;

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '/';
  }
}

void main();
