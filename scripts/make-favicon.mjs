#!/usr/bin/env node
// Draws public/favicon.png from scripts/lib/favicon.svg (its source) with Chromium. The pages link the PNG: an SVG
// icon makes the browser build a whole SVG document for it on the page's main thread, a 40–130 ms
// task on a first visit with the CPU slowed ×4; a 32 px PNG decodes in well under a millisecond.
// Usage: npm run favicon   (after changing favicon.svg; CHROMIUM_PATH as for the tests)
import { readFileSync, writeFileSync } from 'node:fs';

import { chromium } from 'playwright-core';

const SIZE = 32;
const svg = readFileSync('scripts/lib/favicon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
});
const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
await page.setContent(
  `<style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style>${svg}`,
);
const png = await page.screenshot({
  omitBackground: true,
  clip: { x: 0, y: 0, width: SIZE, height: SIZE },
});
await browser.close();
writeFileSync('public/favicon.png', png);
console.log(`Wrote public/favicon.png: ${SIZE}×${SIZE}, ${png.length} bytes.`);
