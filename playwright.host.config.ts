/**
 * The same browser, served by Cloudflare's Pages runtime (`wrangler pages dev`, see
 * scripts/serve-host.mjs) instead of `astro preview`: the host applies dist/_headers, so these
 * specs see the policy, framing rules and redirects a reader gets. `npm test` runs this config
 * after the main one and counts both.
 */
import { defineConfig } from '@playwright/test';

import main from './playwright.config';

const port = Number(process.env.E2E_HOST_PORT ?? 8788);

export default defineConfig({
  ...main,
  testDir: './tests/e2e/host',
  testIgnore: undefined,
  use: { ...main.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node scripts/serve-host.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
    stdout: 'ignore',
  },
});
