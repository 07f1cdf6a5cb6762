import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
await page.goto('http://127.0.0.1:4482/present/?slide=10');
await page.keyboard.press('ArrowRight');
await page.keyboard.press('ArrowRight');
for (const t of [200, 1500, 4000]) {
  await page.waitForTimeout(t);
  const f = page.frameLocator('[data-stage] [data-slide]:visible iframe');
  console.log(
    t,
    await f
      .locator('.sim-terminal')
      .evaluate((box) => {
        const c = box.querySelector('.is-current');
        if (!c) return 'no current';
        const s = c.getBoundingClientRect(),
          v = box.getBoundingClientRect();
        return {
          top: s.top - v.top,
          h: s.height,
          vh: box.clientHeight,
          st: box.scrollTop,
          sh: box.scrollHeight,
          fs: getComputedStyle(box).fontSize,
        };
      })
      .catch((e) => String(e).slice(0, 80)),
  );
}
await page.screenshot({ path: '/tmp/deckshots/live.png' });
await browser.close();
