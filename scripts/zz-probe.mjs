import { chromium } from 'playwright-core';
import { startPreview } from './lib/preview-server.mjs';
const server = await startPreview(4411, '/');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  for (const q of ['', '?event=2024-02-24-gentoo-ifunc-crashes']) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => console.log('console:', m.text().slice(0, 300)));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    await page.goto(`${server.url}/timeline/${q}`);
    const r = await Promise.race([
      page.evaluate(() => ({ marks: document.querySelectorAll('.tl-chart .tl-mark').length, labels: [...document.querySelectorAll('.tl-chart .tl-label')].length, status: document.querySelector('.tl-status').textContent, detail: document.querySelector('.tl-detail')?.hidden })),
      new Promise((res) => setTimeout(() => res('TIMEOUT'), 5000)),
    ]);
    console.log(q, r);
    await page.close().catch(() => {});
  }
} finally { await browser.close(); server.stop(); }
