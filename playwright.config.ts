import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tests/e2e/chromium';
import { FAKE_CAMERA } from './tests/e2e/fixtures/fake-camera';
import { E2E_ENV, E2E_ORIGIN, E2E_PORT } from './tests/e2e/server-env';

/**
 * The support console is used on the centre's PCs (issue 8 #8), and the re-issue with the IC card on
 * the doctor's PC with its card reader (issue 9 #2): their desktop specs run at 1280 px. Only those:
 * the phone project keeps every other spec, so the suite's time grows by those specs' only.
 */
const DESKTOP_SPECS = /(support-(desktop|audit|applications)|reissue-card)\.spec\.ts/;
const desktop = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
};

const phone = {
  ...devices['Pixel 7'],
  locale: 'ja-JP',
  timezoneId: 'Asia/Tokyo',
  launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
};

export default defineConfig({
  testDir: './tests/e2e',
  // Per port, so parallel runs on one machine do not wipe each other's artifacts.
  outputDir: `./test-results/run-${E2E_PORT}`,
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: E2E_ORIGIN,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'phone', testIgnore: [/camera\.spec\.ts/, DESKTOP_SPECS], use: phone },
    { name: 'desktop', testMatch: DESKTOP_SPECS, use: desktop },
    {
      // Launch flags cannot change inside a describe: the fake camera gets its own project.
      name: 'phone-camera',
      testMatch: /camera\.spec\.ts/,
      use: {
        ...phone,
        permissions: ['camera'],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            ...CHROMIUM_ARGS,
            '--use-fake-ui-for-media-stream',
            '--use-fake-device-for-media-stream',
            `--use-file-for-fake-video-capture=${FAKE_CAMERA.video}`,
          ],
        },
      },
    },
  ],
  webServer: {
    // E2E_SKIP_BUILD=1 reuses the last build when only tests changed.
    command: `rm -rf ${E2E_ENV.DATA_DIR} && ${process.env.E2E_SKIP_BUILD ? '' : 'npx next build && '}npx tsx scripts/start.ts`,
    url: `${E2E_ORIGIN}/api/health`,
    env: { ...E2E_ENV, PORT: String(E2E_PORT) },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
