#!/usr/bin/env node
// `npm run bench:check`: two ~50 MB .tar.xz archives (a release tarball and its tag's archive,
// made here from generated text and noise with the `xz` tool) compared on the built /check/ in
// headless Chromium. Prints wall time, peak JS heap (page and check worker) and the longest task
// on the page's own thread. Needs a build in dist/ and `xz`. Figures are printed, not asserted.
import { execFileSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import { longestTask, longTasksOf, recordLongTasks } from './lib/long-tasks.mjs';
import { startPreview } from './lib/preview-server.mjs';

const TARGET_MB = Number(process.env.BENCH_CHECK_MB ?? 50);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MB = 1024 * 1024;
const NOISE = [];

/** A source-like tree: many text files, and noise files that xz cannot shrink, to reach the size. */
async function writeTree(root, { release }) {
  const text = (i) =>
    Array.from(
      { length: 60 },
      (_, line) => `/* file ${i}, line ${line}: sample text for the bench */`,
    ).join('\n') + '\n';
  for (let i = 0; i < 2000; i++) {
    const dir = join(root, 'src', `part${i % 40}`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `file${i}.c`), text(i));
  }
  await mkdir(join(root, 'm4'), { recursive: true });
  await mkdir(join(root, 'tests', 'files'), { recursive: true });
  await writeFile(
    join(root, 'm4', 'bench-probe.m4'),
    `# bench-probe.m4 serial ${release ? 20 : 2}\nAC_DEFUN([BENCH_PROBE], [:])\n`,
  );
  // The same noise on both sides: only the m4 file and the generated files should differ.
  for (let i = 0; i < TARGET_MB - 1; i++) {
    NOISE[i] ??= randomFillSync(Buffer.alloc(MB));
    await writeFile(join(root, 'tests', 'files', `noise-${i}.bin`), NOISE[i]);
  }
  if (release) {
    await writeFile(join(root, 'configure'), '#! /bin/sh\n'.repeat(5000));
    await writeFile(join(root, 'Makefile.in'), '# generated\n');
  }
}

const work = await mkdtemp(join(tmpdir(), 'bench-check-'));
const server = await startPreview(Number(process.env.BENCH_PORT ?? process.env.E2E_PORT));
const browser = await chromium.launch({ executablePath, args: ['--disable-gpu'] });
try {
  const archives = {};
  for (const [name, folder, release] of [
    ['bench-1.0.tar.xz', 'bench-1.0', true],
    ['bench-v1.0-git.tar.xz', 'bench-v1.0', false],
  ]) {
    await writeTree(join(work, folder), { release });
    const file = join(work, name);
    execFileSync('sh', ['-c', `tar -C "${work}" -cf - "${folder}" | xz -T1 -1 > "${file}"`]);
    archives[name] = file;
    console.log(`${name}: ${((await stat(file)).size / MB).toFixed(1)} MB`);
  }

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await recordLongTasks(page);
  await page.goto(`${server.url}/check/`);
  await page.waitForLoadState('networkidle');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');

  // Heap of the page and of every worker, sampled every 100 ms while the check runs.
  let peakPage = 0;
  let peakWorker = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peakPage = Math.max(peakPage, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      for (const worker of page.workers()) {
        const used = await worker
          .evaluate(() => globalThis.performance?.memory?.usedJSHeapSize ?? 0)
          .catch(() => 0);
        peakWorker = Math.max(peakWorker, used);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();

  await page.locator('#check-tarball').setInputFiles(archives['bench-1.0.tar.xz']);
  await page.locator('#check-git').setInputFiles(archives['bench-v1.0-git.tar.xz']);
  const clickedAt = await page.evaluate(() => performance.now());
  const started = Date.now();
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.locator('[data-verdict]').filter({ hasText: /\S/ }).waitFor({ timeout: 180_000 });
  // …and until the whole report is on the page (its groups are added one per task).
  await page.locator('xz-release-check:not([aria-busy])').waitFor({ timeout: 30_000 });
  const wall = Date.now() - started;
  sampling = false;
  await sampler;
  const verdict = await page.locator('[data-verdict]').textContent();
  const tasks = await longTasksOf(page);
  const longest = longestTask(tasks);
  const duringCheck = longestTask(tasks.filter((task) => task.start >= clickedAt));

  console.log(`verdict: ${verdict}`);
  console.log(`wall time (click → full report): ${(wall / 1000).toFixed(2)} s   (target ≤ 5 s)`);
  console.log(`peak JS heap, page: ${(peakPage / MB).toFixed(1)} MB   (target ≤ 200 MB)`);
  console.log(
    `peak JS heap, check worker: ${peakWorker ? `${(peakWorker / MB).toFixed(1)} MB` : 'not reported by this browser'}`,
  );
  console.log(
    `longest main-thread task during the whole visit: ${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'}   (target ≤ 50 ms)`,
  );
  console.log(
    `  of which during the check (click → full report): ${duringCheck ? `${duringCheck.toFixed(0)} ms` : 'none over 50 ms'}; before it (page load, picking files): ${longestTask(tasks.filter((task) => task.start < clickedAt)).toFixed(0)} ms (0: none over 50 ms)`,
  );
} finally {
  await browser.close();
  server.stop();
  await rm(work, { recursive: true, force: true });
}
