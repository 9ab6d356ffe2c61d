import type { NextConfig } from 'next';
import { LARGEST_BODY_BYTES } from './lib/http/body-limits';

const config: NextConfig = {
  reactStrictMode: true,
  // A separate build folder lets parallel e2e runs on one machine not overwrite each other.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Compression is the TLS-terminating reverse proxy's job (nginx gzip): in Node.js it cost every
  // response a zlib stream, small JSON answers included (docs/decisions/0029-lean-webauthn-path.md).
  compress: false,
  // Native and server-side packages stay outside the bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'kysely', '@simplewebauthn/server', '@peculiar/x509'],
  typedRoutes: false,
  // `npm test` runs `tsc --noEmit` over the whole project (tests included) before building.
  typescript: { ignoreBuildErrors: true },
  devIndicators: false,
  // The address the manual's FAQ Q1 gives for this site ends in /index.html.
  async redirects() {
    return [{ source: '/index.html', destination: '/', permanent: true }];
  },
  // proxy.ts sees every request, so Next.js keeps a copy of each body for it (10 MB by default).
  // No legitimate body is larger than this; proxy.ts refuses each over its own path's limit.
  // authInterrupts: `forbidden()` (HTTP 403) for support pages a role may not open (lib/authz/guard.ts).
  experimental: { proxyClientMaxBodySize: LARGEST_BODY_BYTES, authInterrupts: true },
};

export default config;
