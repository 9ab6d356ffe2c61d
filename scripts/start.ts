/**
 * Starts the site: checks the configuration, migrates, then serves Next.js from a small Node server
 * that records the client address (route handlers cannot see the socket) for rate limits and audit.
 *   npm start            production build (run `npm run build` first)
 *   npm start -- --dev   development mode
 */
import './load-env';
import http from 'node:http';
import next from 'next';
import { ConfigError, parseEnv } from '@/lib/env';
import { runServerTask } from './run-server-task';

const CLIENT_IP_HEADER = 'x-hpki-client-ip';

function clientAddress(req: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    // The right-most entry is the one our own proxy appended: the only one we can trust.
    const last = forwarded.split(',').pop()?.trim();
    if (last) return last.slice(0, 64);
  }
  return req.socket.remoteAddress ?? 'unknown';
}

async function main() {
  const dev = process.argv.includes('--dev');
  // Development runs on this machine: its origin follows PORT unless PUBLIC_ORIGIN says otherwise.
  if (dev && process.env.PORT) process.env.PUBLIC_ORIGIN ||= `http://localhost:${process.env.PORT}`;
  let config;
  try {
    // Checked as the mode we are about to run in: a production start without secrets stops here.
    config = parseEnv({ ...process.env, NODE_ENV: dev ? 'development' : 'production' });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  // next-auth v4 reads its base URL and secret from the environment.
  process.env.NEXTAUTH_URL ??= config.publicOrigin;
  process.env.NEXTAUTH_SECRET ??= config.sessionSecret;
  runServerTask('scripts/migrate.ts');

  const port = Number(process.env.PORT ?? new URL(config.publicOrigin).port ?? 3000) || 3000;
  const hostname = process.env.HOST ?? '127.0.0.1';
  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  http
    .createServer((req, res) => {
      req.headers[CLIENT_IP_HEADER] = clientAddress(req, config.trustProxy);
      void handle(req, res);
    })
    .listen(port, hostname, () => {
      process.stdout.write(
        `HPKI registration site ready at ${config.publicOrigin} (listening on ${hostname}:${port})\n`,
      );
    });
}

void main();
