#!/usr/bin/env node
// Screenshots of the built site for a human look: desktop, phone and dark mode.
// Usage: npm run screenshot -- /timeline/ [/other/ …]   (serves dist/ itself; PNGs go to ./screenshots/)
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { spawn } from 'node:child_process';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
if (paths.length === 0) paths.push('/');
const port = Number(process.env.SHOT_PORT ?? 4399);
const out = process.env.SHOT_DIR ?? 'screenshots';
const views = [
  { name: 'desktop', width: 1280, height: 900, scheme: 'light' },
  { name: 'phone', width: 375, height: 800, scheme: 'light' },
  { name: 'dark', width: 1280, height: 900, scheme: 'dark' },
];

const server = spawn('node', ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}/`)).ok) break; } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await mkdir(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  for (const path of paths) {
    for (const view of views) {
      const page = await browser.newPage({ viewport: { width: view.width, height: view.height } });
      await page.emulateMedia({ colorScheme: view.scheme });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${view.name}.png`;
      await page.screenshot({ path: file, fullPage: process.env.SHOT_FULL === '1' });
      console.log(file);
      await page.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
}
