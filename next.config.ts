import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  // A separate build folder lets parallel e2e runs on one machine not overwrite each other.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Native and server-side packages stay outside the bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'kysely'],
  typedRoutes: false,
  // `npm test` runs `tsc --noEmit` over the whole project (tests included) before building.
  typescript: { ignoreBuildErrors: true },
  devIndicators: false,
  // The address the manual's FAQ Q1 gives for this site ends in /index.html.
  async redirects() {
    return [{ source: '/index.html', destination: '/', permanent: true }];
  },
};

export default config;
