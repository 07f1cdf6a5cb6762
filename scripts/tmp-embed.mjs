import { chromium } from 'playwright-core';
import { startPreview } from './lib/preview-server.mjs';
const server = await startPreview(4484);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  for (const width of [651, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 760 } });
    await page.goto(`${server.url}/embed/simulation/`);
    await page.locator('xz-simulation[data-ready="true"]').waitFor();
    const parts = () => page.evaluate(() => [Math.round(document.body.getBoundingClientRect().height), ...[...document.querySelectorAll('.sim-compact *')].filter(e => e.parentElement?.closest('xz-simulation') && e.getBoundingClientRect().height > 60 && e.children.length).slice(0, 14).map(e => `${e.tagName.toLowerCase()}.${e.className.split(' ')[0]}:${Math.round(e.getBoundingClientRect().height)}`)]);
    console.log(width, 'ready', JSON.stringify(await parts()));
    await page.screenshot({ path: `/tmp/checksim-embed-${width}-start.png`, fullPage: true });
    const step = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 80 && (await step.isEnabled()); i++) await step.click();
    await page.waitForTimeout(1000);
    console.log(width, 'end', JSON.stringify(await parts()));
    await page.screenshot({ path: `/tmp/checksim-embed-${width}-end.png`, fullPage: true });
    await page.close();
  }
} finally { await browser.close(); server.stop(); }
