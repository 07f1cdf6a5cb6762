// Printing pages of the built site to PDF with Chromium (CHROMIUM_PATH, else /usr/bin/chromium):
// serve dist/, open the page without the service worker, print, close everything. Shared by
// `npm run deck:pdf`, `npm run handout:pdf` and the deck's printer (./deck-pdf.mjs).
import { existsSync } from 'node:fs';

import { chromium } from '@playwright/test';

import { countPdfPages } from '../../src/lib/handout/pdf-pages.ts';
import { startPreview } from './preview-server.mjs';

/**
 * Serves dist/ and opens a Chromium page with `contextOptions`; `print(page, url)` gets the page
 * and the address of `route` (say 'handout/', below BASE_PATH). Stops with a message when the
 * build lacks the route. Browser and server are closed whatever happens.
 */
export async function withBuiltPage(route, contextOptions, print) {
  if (!existsSync(`dist/${route}index.html`)) {
    console.error(`dist/${route}index.html is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  const server = await startPreview(undefined, `${base}${route}`);
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    });
    // No service worker: it would precache the whole site for a one-off print.
    const context = await browser.newContext({ serviceWorkers: 'block', ...contextOptions });
    return await print(await context.newPage(), `${server.url}${base}${route}`);
  } finally {
    await browser?.close();
    server.stop();
  }
}

/** Prints the page as it is now, with print styles and backgrounds, to PDF bytes. */
export async function printToPdf(page, pdfOptions) {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ printBackground: true, ...pdfOptions });
}

/** The line a script prints for a PDF it wrote: path, what it holds, pages and size. */
export function describePdf(path, what, pdf) {
  return `${path}: ${what}, ${countPdfPages(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB`;
}
