#!/usr/bin/env node
// `npm run bench:simulation`: loads the built /simulation/ in Chromium and prints how long the
// default scenario takes to replay — the engine run in its worker (decode, carve, decrypt, digest)
// plus the render of all steps — how long the page's own thread is blocked while loading, and how
// much JavaScript the page loads. Needs a build in dist/.
// Figures are printed, not asserted.
import { readFile } from 'node:fs/promises';

import { chromium } from 'playwright-core';

import { longestTask, longTasksOf, recordLongTasks } from './lib/long-tasks.mjs';
import { measurePages } from './lib/page-weights.mjs';
import { startPreview } from './lib/preview-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;

const server = await startPreview(Number(process.env.BENCH_PORT));
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const ready = () => page.locator('xz-simulation[data-ready="true"]').waitFor();
  const lastMeasure = (name) =>
    page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);

  // Long tasks on the page's own thread while it loads: the engine runs in a worker, so these
  // are what a reader's taps would wait behind.
  await recordLongTasks(page);
  await page.goto(`${server.url}/simulation/`);
  await ready();
  const longTasks = await longTasksOf(page);
  const cold = await page.evaluate(() => performance.now());
  const firstCompute = await lastMeasure('sim:compute');
  const firstLoad = await lastMeasure('sim:load');

  // The engine alone: switch the compiler away and back, so the default build is recomputed.
  const computes = [];
  for (let i = 0; i < RUNS; i++) {
    await page.getByLabel('Compiler', { exact: true }).selectOption('clang');
    await page.getByLabel('Compiler', { exact: true }).selectOption('gcc');
    await page.waitForFunction(
      () =>
        performance.getEntriesByName('sim:compute').length > 0 &&
        document.querySelector('xz-sim-environment select[name="compiler"]').value === 'gcc',
    );
    await ready();
    computes.push(await lastMeasure('sim:compute'));
  }

  // The render: Run at instant speed from Reset to the verdict on screen.
  await page.getByLabel('Speed').selectOption('instant');
  const renders = [];
  for (let i = 0; i < RUNS; i++) {
    await page
      .getByRole('button', { name: 'Reset', exact: true })
      .click()
      .catch(() => {});
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('xz-sim-outcome [data-verdict="backdoored"]').waitFor();
    renders.push(await lastMeasure('sim:replay'));
  }
  const replay = median(computes) + median(renders);

  console.log(`simulation bench (Chromium at ${executablePath}, ${RUNS} runs, default scenario)`);
  console.log(`  page load to ready (incl. fetching both stand-in files): ${ms(cold)}`);
  console.log(`  fetch stand-ins:               ${ms(firstLoad)}`);
  console.log(`  engine, first run (starting the worker, cold JIT): ${ms(firstCompute)}`);
  console.log(
    `  engine run in the worker incl. the copy back, median / max: ${ms(median(computes))} / ${ms(Math.max(...computes))}`,
  );
  console.log(
    `  page-thread tasks over 50 ms while loading: ${longTasks.length}${longTasks.length ? ` (longest ${ms(longestTask(longTasks))})` : ''}`,
  );
  console.log(
    `  render all steps, median / max: ${ms(median(renders))} / ${ms(Math.max(...renders))}`,
  );
  console.log(
    `  replay (engine + render), median: ${ms(replay)} ${replay <= 200 ? '≤' : '>'} 200 ms`,
  );
} finally {
  await browser.close();
  server.stop();
}

const budgets = JSON.parse(await readFile('budgets.json', 'utf8'));
const row = (await measurePages('dist', budgets)).find((r) => r.page === '/simulation/');
if (row)
  console.log(
    `  /simulation/ loads ${(row.js / 1024).toFixed(1)} KB JS and ${(row.css / 1024).toFixed(1)} KB CSS (gzip; budget ${(row.budget.js / 1024).toFixed(1)} KB JS)`,
  );
