import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and server-side packages stay outside the bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'kysely'],
  typedRoutes: false,
  devIndicators: false,
};

export default config;
