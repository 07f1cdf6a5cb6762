#!/usr/bin/env node
// `npm run handout:pdf [-- <folder>]`: prints /handout/ of the built site to PDF at A4 and US
// Letter with Chromium. Builds nothing: run `npm run build` first. Writes handout-a4.pdf and
// handout-letter.pdf into dist/ (or the folder given) and prints their sizes and page counts.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { chromium } from '@playwright/test';

import { countPdfPages } from '../src/lib/handout/pdf-pages.ts';
import { startPreview } from './lib/preview-server.mjs';

const outDir = process.argv[2] ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const formats = [
  { format: 'A4', file: 'handout-a4.pdf' },
  { format: 'Letter', file: 'handout-letter.pdf' },
];

if (!existsSync('dist/handout/index.html')) {
  console.error('dist/handout/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await startPreview(undefined, `${base}handout/`);
let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  // No service worker: it would precache the whole site for a one-off print.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(`${server.url}${base}handout/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);

  await mkdir(outDir, { recursive: true });
  for (const { format, file } of formats) {
    const pdf = await page.pdf({ format, printBackground: true });
    const path = join(outDir, file);
    await writeFile(path, pdf);
    console.log(
      `${path}: ${format}, ${countPdfPages(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB`,
    );
  }
} finally {
  await browser?.close();
  server.stop();
}
