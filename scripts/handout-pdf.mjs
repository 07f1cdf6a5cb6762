#!/usr/bin/env node
// `npm run handout:pdf [-- <folder>]`: prints /handout/ of the built site to PDF at A4 and US
// Letter with Chromium. Builds nothing: run `npm run build` first. Writes handout-a4.pdf and
// handout-letter.pdf into dist/ (or the folder given) and prints their sizes and page counts.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describePdf, printToPdf, withBuiltPage } from './lib/chromium-pdf.mjs';

const outDir = process.argv[2] ?? 'dist';
const formats = [
  { format: 'A4', file: 'handout-a4.pdf' },
  { format: 'Letter', file: 'handout-letter.pdf' },
];

await withBuiltPage('handout/', {}, async (page, url) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  await mkdir(outDir, { recursive: true });
  for (const { format, file } of formats) {
    const pdf = await printToPdf(page, { format });
    const path = join(outDir, file);
    await writeFile(path, pdf);
    console.log(describePdf(path, format, pdf));
  }
});
