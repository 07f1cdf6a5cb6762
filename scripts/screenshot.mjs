#!/usr/bin/env node
// Screenshots of the built site for a human look: desktop, phone and dark mode.
// Usage: npm run screenshot -- /timeline/ [/other/ …]   (serves dist/ itself; PNGs go to ./screenshots/)
import { mkdir } from 'node:fs/promises';

import { chromium } from '@playwright/test';

import { startPreview } from './lib/preview-server.mjs';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
if (paths.length === 0) paths.push('/');
const out = process.env.SHOT_DIR ?? 'screenshots';
const views = [
  { name: 'desktop', width: 1280, height: 900, scheme: 'light' },
  { name: 'phone', width: 375, height: 800, scheme: 'light' },
  { name: 'dark', width: 1280, height: 900, scheme: 'dark' },
];

const server = await startPreview(Number(process.env.SHOT_PORT));
try {
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  for (const path of paths) {
    for (const view of views) {
      const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
      await page.emulateMedia({ colorScheme: view.scheme });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${view.name}.png`;
      await page.screenshot({ path: file, fullPage: process.env.SHOT_FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.stop();
}
