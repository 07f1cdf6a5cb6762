#!/usr/bin/env node
// `npm run handout:pdf [-- <folder>]`: prints /handout/ of the built site to PDF at A4 and US
// Letter with Chromium. Builds nothing: run `npm run build` first. Writes handout-a4.pdf and
// handout-letter.pdf into dist/ (or the folder given) and prints their sizes and page counts.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { countPdfPages } from '../src/lib/handout/pdf-pages.ts';

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

/** A port nobody is listening on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
// --ignore-lock: Astro allows one tracked preview per project; this one may run beside yours.
let browser;
try {
  let up = false;
  for (let i = 0; i < 150 && !up; i++) {
    up = await fetch(`${origin}${base}handout/`).then((response) => response.ok, () => false);
    if (!up) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!up) throw new Error(`astro preview did not answer at ${origin}${base}handout/`);

  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  // No service worker: it would precache the whole site for a one-off print.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.goto(`${origin}${base}handout/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);

  await mkdir(outDir, { recursive: true });
  for (const { format, file } of formats) {
    const pdf = await page.pdf({ format, printBackground: true });
    const path = join(outDir, file);
    await writeFile(path, pdf);
    console.log(`${relative('.', path) || path}: ${format}, ${countPdfPages(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB`);
  }
} finally {
  await browser?.close();
  server.kill();
}
