import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4321);

// Debian's Chromium: Playwright's own browser download is not reachable from our machines.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  // The host-runtime specs need wrangler's server: playwright.host.config.ts runs them.
  testIgnore: /tests[/\\]e2e[/\\]host[/\\]/,
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace of every test and throwing it away when it passes cost a fifth of each
    // test's time (DOM snapshots at every action). CI retries a failed test once and traces
    // the retry; a local run still keeps the trace of any test that fails.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    // The site's service worker would precache every page for every test, and answers it gives
    // bypass page.route (which the shared fixture uses to catch requests to other origins).
    // tests/e2e/offline.spec.ts turns it on for itself.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: ['--disable-gpu', '--disable-quic'] },
      },
    },
  ],
  webServer: {
    // Serves the already-built dist/ (npm test builds first).
    command: `node scripts/astro.mjs preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
