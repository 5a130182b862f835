import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's headless Chromium against a running marketplace. Start them with
 * `npm run e2e -- --base-url http://127.0.0.1:8180` (scripts/e2e.mjs checks the browser and the
 * server first). Results, failure screenshots and traces land in web-module/target/e2e.
 */
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8180';
const targetDir = '../../../target/e2e';

export default defineConfig({
  testDir: './e2e',
  outputDir: `${targetDir}/results`,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // One browser on a 2-core machine beside the whole stack: run the specs one after another.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ['junit', { outputFile: `${targetDir}/junit.xml` }],
    ['html', { outputFolder: `${targetDir}/report`, open: 'never' }],
  ],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The machine has no network beyond the package registries: keep Chromium from calling home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
