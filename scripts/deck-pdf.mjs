#!/usr/bin/env node
// `npm run deck:pdf [-- --cut=10|25|45|all] [--skip=id,id] [--notes] [--out=file.pdf]`: prints
// the presenter deck of the built site, in the chosen cut, as a 16:9 PDF with one slide per page
// (with --notes, each slide is followed by a page of its speaker notes). Builds nothing: run
// `npm run build` first. Uses Chromium from CHROMIUM_PATH, else /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';

import { countPdfPages } from '../src/lib/handout/pdf-pages.ts';
import { DECK_PAGE, printDeck } from './lib/deck-pdf.mjs';
import { startPreview } from './lib/preview-server.mjs';

const { values } = parseArgs({
  options: {
    cut: { type: 'string', default: '25' },
    skip: { type: 'string', default: '' },
    notes: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
});
if (!['10', '25', '45', 'all'].includes(values.cut)) {
  console.error(`--cut=${values.cut}: choose 10, 25, 45 or all.`);
  process.exit(1);
}
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const out = values.out ?? `dist/deck-${values.cut}${values.notes ? '-notes' : ''}.pdf`;

if (!existsSync('dist/present/index.html')) {
  console.error('dist/present/index.html is missing: run `npm run build` first.');
  process.exit(1);
}

const server = await startPreview(undefined, `${base}present/`);
let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  });
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: DECK_PAGE });
  const page = await context.newPage();
  const query = new URLSearchParams({ cut: values.cut });
  if (values.skip) query.set('skip', values.skip);
  await page.goto(`${server.url}${base}present/?${query}`, { waitUntil: 'networkidle' });
  const { pdf, slides } = await printDeck(page, { notes: values.notes });
  await writeFile(out, pdf);
  console.log(
    `${out}: cut ${values.cut}, ${slides} slides, ${countPdfPages(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB`,
  );
} finally {
  await browser?.close();
  server.stop();
}
