#!/usr/bin/env node
/**
 * npm run bench:timeline — loads the built /timeline/ page in Chromium with 100, 1,000 and
 * 10,000 synthetic events (?bench=N: this script serves the built page with N synthetic events
 * embedded as the build embeds the real ones, and injects timing hooks; the site itself ships no
 * bench code) and prints, for each:
 *   - time to first render: from the start of the timeline's script work (JSON parse, layout,
 *     DOM, and the style and layout that causes) to the first drawn chart, median of five page
 *     loads, and the same counted from navigation start;
 *   - frame times during a scripted zoom and pan: the work of each rendered frame (layout +
 *     DOM patch + the style and layout it causes), p50/p95/max, median over three rounds,
 *     plus the p95 interval between animation frames.
 * Then, like a reader's first visit (1280×800, CPU throttled ×4, medians of three loads), the
 * page as built and with 1,000 events: ready (the first event mark in the DOM, counted from
 * navigation start), first contentful paint, live (the script has taken the chart over), the
 * long tasks on the main thread (total and longest), the page's HTML bytes and how many of
 * them come before the chart's first mark.
 * On a shared machine other processes stretch these times; the load average is printed with
 * the results so a noisy run can be recognised.
 * Needs a build (npm run build). Options: BENCH_PORT (default: any free port), CHROMIUM_PATH, BENCH_SIZES.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

import { build } from 'esbuild';
import { chromium } from 'playwright-core';

import { startPreview } from './lib/preview-server.mjs';

const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
/** Page loads per size (median first render) and zoom-and-pan rounds (median p95 frame). */
const LOADS = 5;
const ROUNDS = 3;

if (!existsSync('dist/timeline/index.html')) {
  console.error('No build found: run `npm run build` (or `npx astro build`) first.');
  process.exit(1);
}

const percentile = (values, p) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values) => percentile(values, 50);
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');

/**
 * The bench's page-side hooks (timing), compiled from src/components/timeline/bench-hooks.ts and
 * injected before the page's own scripts, so none of it ships with the site.
 */
async function benchHooksScript() {
  const { outputFiles } = await build({
    stdin: {
      contents: `import { startBench } from './src/components/timeline/bench-hooks.ts';
        window.__timelineBenchSetup = (root) => {
          const n = Number(new URLSearchParams(location.search).get('bench'));
          return n > 0 ? startBench(root, n) : undefined;
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  return outputFiles[0].text;
}

/**
 * The built /timeline/ page with N synthetic events in place of the real ones, made here as the
 * build makes the real data (packed rows, escaped for a script element) and the chart as the
 * build draws it (the same opening-view code), so the page parses exactly what a site with N
 * events would send and the generator's own work stays out of the page's timings. Only the
 * no-JavaScript list keeps the real events (it is hidden off screen while the chart is live).
 */
async function syntheticPages() {
  const { outputFiles } = await build({
    stdin: {
      contents: `import { syntheticData } from './src/lib/timeline/synthetic.ts';
        import { toChartData } from './src/lib/timeline/chart-data.ts';
        import { jsonForScript } from './src/lib/timeline/from-content.ts';
        import { renderOpeningChart } from './src/lib/timeline/opening-view.ts';
        import { prepareEvents } from './src/lib/timeline/prepare.ts';
        export const syntheticJson = (n, paths) => jsonForScript(toChartData(syntheticData(n), paths));
        export const syntheticSvg = (n) => renderOpeningChart(prepareEvents(syntheticData(n).events).events).svg;`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const { syntheticJson, syntheticSvg } = await import(
    `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
  );
  const html = readFileSync('dist/timeline/index.html', 'utf8');
  const dataElement = /(<script type="application\/json" class="tl-data">)([\s\S]*?)(<\/script>)/;
  const [, , builtJson] = dataElement.exec(html) ?? [];
  if (!builtJson) throw new Error('dist/timeline/index.html has no .tl-data element.');
  const chartSvg = /(<div class="tl-chart"[^>]*>)<svg[\s\S]*?<\/svg>/;
  if (!chartSvg.test(html))
    throw new Error('dist/timeline/index.html has no chart drawn at build time.');
  const { eventBase, detailBase, searchUrl } = JSON.parse(builtJson);
  const pages = new Map();
  return (n) => {
    if (!pages.has(n)) {
      const json = syntheticJson(n, { eventBase, detailBase, searchUrl });
      const svg = syntheticSvg(n);
      pages.set(
        n,
        html
          .replace(dataElement, (_, open, _json, close) => open + json + close)
          .replace(chartSvg, (_, open) => open + svg),
      );
    }
    return pages.get(n);
  };
}

/** Serves the synthetic page for `/timeline/?bench=N` in this browser context. */
async function routeSyntheticPage(context) {
  await context.route(
    (url) => url.pathname === `${base}timeline/` && url.searchParams.has('bench'),
    (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: syntheticPage(Number(new URL(route.request().url()).searchParams.get('bench'))),
      }),
  );
}

async function load(page, size) {
  await page.goto(`${server.url}${base}timeline/?bench=${size}`);
  await page.waitForFunction(() => window.__timelineBench?.firstRender > 0, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => ({ ...window.__timelineBench }));
}

/** Ctrl+wheel zoom in, a drag pan, a sideways-wheel pan and a zoom out, like a reader would. */
async function zoomAndPan(page) {
  const box = await page.locator('.tl-chart').boundingBox();
  const x = box.x + box.width * 0.6;
  const y = box.y + Math.min(box.height / 2, 250);
  await page.evaluate(() => {
    window.__timelineBench.frames = [];
    window.__intervals = [];
    let last = performance.now();
    const tick = (now) => {
      window.__intervals.push(now - last);
      last = now;
      if (!window.__stopTicks) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 0; i < 25; i++) await page.mouse.wheel(0, -60);
  await page.keyboard.up('Control');
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(x - i * 12, y);
  await page.mouse.up();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(40, 0);
  await page.keyboard.down('Control');
  for (let i = 0; i < 25; i++) await page.mouse.wheel(0, 60);
  await page.keyboard.up('Control');
  await page.waitForTimeout(100);
  return page.evaluate(() => {
    window.__stopTicks = true;
    return { frames: window.__timelineBench.frames, intervals: window.__intervals.slice(1) };
  });
}

/** Page-side recorders for the first-visit figures, installed before anything else runs. */
const firstVisitRecorder = () => {
  const record = { firstMark: 0, live: 0, longTasks: [] };
  window.__firstVisit = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const now = performance.now();
    if (!record.firstMark && document.querySelector('.tl-chart .tl-mark')) record.firstMark = now;
    if (!record.live && document.querySelector('xz-timeline[data-live]')) record.live = now;
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-live'],
  });
};

/** One first visit with the CPU throttled ×4: ready, paint, live, long tasks, HTML bytes. */
async function firstVisit(size) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (size) {
    await context.addInitScript(hooks);
    await routeSyntheticPage(context);
  }
  await context.addInitScript(firstVisitRecorder);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const response = await page.goto(`${server.url}${base}timeline/${size ? `?bench=${size}` : ''}`, {
    waitUntil: 'commit',
  });
  const html = await response.body();
  // How far the parser must read before the chart's first mark exists: it comes in at first paint
  // only when it sits early in the page.
  const markAt = html.indexOf('tl-mark', html.indexOf('class="tl-chart"'));
  // Waited for by a bare CDP evaluation: Playwright's selector engine (waitForSelector,
  // locators) compiles a large script into the page, which would count as the page's long task.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      const poll = () =>
        document.querySelector('xz-timeline[data-live]')
          ? setTimeout(() => resolve(JSON.stringify({
              ...window.__firstVisit,
              fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
            })), 500) // let late long tasks report
          : setTimeout(poll, 50);
      poll();
    })`,
    awaitPromise: true,
    returnByValue: true,
    timeout: 60_000,
  });
  await context.close();
  return { ...JSON.parse(result.value), htmlBytes: html.length, bytesBeforeMark: markAt };
}

const hooks = await benchHooksScript();
const syntheticPage = await syntheticPages();
// The project's own preview server, on a free port, so the bench never clashes with other servers.
const server = await startPreview(Number(process.env.BENCH_PORT), base);
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-gpu', '--disable-quic'],
});
const rows = [];
const visits = [];
try {
  for (const size of [0, 1000]) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await firstVisit(size));
    const pick = (f) => median(runs.map(f));
    visits.push({
      events: size || 'as built',
      ready: pick((r) => r.firstMark),
      fcp: pick((r) => r.fcp),
      live: pick((r) => r.live),
      longTotal: pick((r) => r.longTasks.reduce((sum, d) => sum + d, 0)),
      longMax: pick((r) => Math.max(0, ...r.longTasks)),
      htmlBytes: runs[0].htmlBytes,
      bytesBeforeMark: runs[0].bytesBeforeMark,
    });
  }
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(hooks);
    await routeSyntheticPage(context);
    const page = await context.newPage();
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await load(page, size));
    const rounds = [];
    for (let i = 0; i < ROUNDS; i++) {
      await load(page, size);
      rounds.push(await zoomAndPan(page));
    }
    const stat = (pick) => median(rounds.map(pick));
    rows.push({
      events: size,
      firstRender: median(loads.map((l) => l.firstRender)),
      sinceNavigation: median(loads.map((l) => l.sinceNavigation)),
      frames: stat((r) => r.frames.length),
      p50: stat((r) => percentile(r.frames, 50)),
      p95: stat((r) => percentile(r.frames, 95)),
      max: stat((r) => Math.max(...r.frames)),
      interval95: stat((r) => percentile(r.intervals, 95)),
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

const [load1] = loadavg();
console.log(
  `\nFirst visit (Chromium, 1280×800, CPU ×4, median of 3; load average ${load1.toFixed(1)})\n`,
);
console.log(
  'events | ready | first paint | live | long tasks | longest task | HTML bytes | bytes before the first mark',
);
console.log(
  '-----: | ----: | ----------: | ---: | ---------: | -----------: | ---------: | --------------------------:',
);
for (const v of visits) {
  console.log(
    [
      v.events.toLocaleString('en'),
      ms(v.ready),
      ms(v.fcp),
      ms(v.live),
      ms(v.longTotal),
      ms(v.longMax),
      v.htmlBytes.toLocaleString('en'),
      v.bytesBeforeMark.toLocaleString('en'),
    ].join(' | '),
  );
}

console.log(
  `\nTimeline bench (Chromium, 1280×900, synthetic events; load average ${load1.toFixed(1)} on ${cpus().length} cores)\n`,
);
console.log(
  'events | first render | from navigation | frames | frame p50 | frame p95 | frame max | rAF interval p95',
);
console.log(
  '-----: | -----------: | --------------: | -----: | --------: | --------: | --------: | ---------------:',
);
for (const r of rows) {
  console.log(
    [
      r.events.toLocaleString('en'),
      ms(r.firstRender),
      ms(r.sinceNavigation),
      r.frames,
      ms(r.p50),
      ms(r.p95),
      ms(r.max),
      ms(r.interval95),
    ].join(' | '),
  );
}
const target = rows.find((r) => r.events === 1000);
if (target) {
  const ok = target.firstRender <= 100 && target.p95 <= 16;
  console.log(
    `\n1,000 events: first render ${ms(target.firstRender)} (≤ 100 ms), p95 frame ${ms(target.p95)} (≤ 16 ms): ${ok ? 'within budget' : 'OVER BUDGET'}`,
  );
  process.exitCode = ok ? 0 : 1;
}
