import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Only the data layer talks to a database driver, only lib/webauthn to the RP library.
const restrictedPaths = [
  { name: 'better-sqlite3', message: 'Use lib/db.' },
  { name: 'pg', message: 'Use lib/db.' },
  { name: '@simplewebauthn/server', message: 'Use lib/webauthn.' },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      'no-restricted-imports': ['error', { paths: restrictedPaths }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },
  {
    // Pages, route handlers and components reach the database through lib modules, never lib/db.
    files: ['app/**', 'components/**'],
    ignores: [
      // The liveness probe: see lib/architecture.test.ts.
      'app/api/health/route.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: restrictedPaths,
          patterns: [
            {
              group: ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*'],
              message: 'Pages and components go through a lib module (lib/holders, lib/flow, …), not lib/db.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/db/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['lib/webauthn/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
];

export default config;
