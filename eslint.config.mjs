import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
      // Only the data layer talks to a database driver, only lib/webauthn to the RP library.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'better-sqlite3', message: 'Use lib/db.' },
            { name: 'pg', message: 'Use lib/db.' },
            { name: '@simplewebauthn/server', message: 'Use lib/webauthn.' },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
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
