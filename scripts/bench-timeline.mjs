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
 * Then, like a reader's first visit (1280×800, CPU throttled ×4, medians of five loads taken in
 * turns), the page as built and with 1,000 events, side by side with TimelineJS3 and vis-timeline
 * drawing the same events (scripts/lib/bench-peers.mjs): ready (the first event mark in the DOM,
 * counted from navigation start), first contentful paint, live (the script has taken the chart
 * over), the long tasks on the main thread (total and longest), the page's HTML bytes and how
 * many of them come before the chart's first mark; then our ready time as a share of the
 * quickest peer's.
 * On a shared machine other processes stretch these times; the load average is printed with
 * the results so a noisy run can be recognised.
 * Needs a build (npm run build). Options: BENCH_PORT (default: any free port), CHROMIUM_PATH,
 * BENCH_SIZES (zoom-and-pan sizes; empty for none), BENCH_VISITS (first visits per system, 5),
 * BENCH_PEERS=0 (our page only; the peers are fetched from the npm registry on first use).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

import { build } from 'esbuild';
import { chromium } from 'playwright-core';

import { peerFiles, peerPage, PEERS } from './lib/bench-peers.mjs';
import { startPreview } from './lib/preview-server.mjs';

const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').filter(Boolean).map(Number);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
/** Page loads per size (median first render) and zoom-and-pan rounds (median p95 frame). */
const LOADS = 5;
/** First visits per system (medians), and whether TimelineJS3 and vis-timeline are measured too. */
const VISITS = Number(process.env.BENCH_VISITS ?? 5);
const withPeers = process.env.BENCH_PEERS !== '0';
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
        export const syntheticSvg = (n) => renderOpeningChart(prepareEvents(syntheticData(n).events).events).svg;
        export const syntheticEvents = (n) =>
          syntheticData(n).events.map((e) => ({ title: e.title, date: e.date, lane: e.lanes[0] }));`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  const { syntheticJson, syntheticSvg, syntheticEvents } = await import(
    `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
  );
  const html = readFileSync('dist/timeline/index.html', 'utf8');
  const dataElement = /(<script type="application\/json" class="tl-data">)([\s\S]*?)(<\/script>)/;
  const [, , builtJson] = dataElement.exec(html) ?? [];
  if (!builtJson) throw new Error('dist/timeline/index.html has no .tl-data element.');
  const chartSvg = /(<div class="tl-chart"[^>]*>)<svg[\s\S]*?<\/svg>/;
  if (!chartSvg.test(html))
    throw new Error('dist/timeline/index.html has no chart drawn at build time.');
  const { eventBase, detailBase, searchUrl, events: builtRows } = JSON.parse(builtJson);
  // The events as the peers take them: the built page's rows ([id, title, date, time, lanes, …]).
  const builtEvents = builtRows.map((row) => ({
    title: row[1],
    date: row[2],
    lane: row[4].split(',')[0],
  }));
  const pages = new Map();
  const page = (n) => {
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
  return { page, events: (n) => (n ? syntheticEvents(n) : builtEvents) };
}

/** Serves the synthetic page for `/timeline/?bench=N` in this browser context. */
async function routeSyntheticPage(context) {
  await context.route(
    (url) => url.pathname === `${base}timeline/` && url.searchParams.has('bench'),
    (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: synthetic.page(Number(new URL(route.request().url()).searchParams.get('bench'))),
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
const firstVisitRecorder = ({ mark, live }) => {
  const record = { firstMark: 0, live: 0, longTasks: [] };
  window.__firstVisit = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const now = performance.now();
    if (!record.firstMark && document.querySelector(mark)) record.firstMark = now;
    if (!record.live && document.querySelector(live)) record.live = now;
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-live'],
  });
};

/** The yardstick rows' names (see htmlOnlyVisit and frameVisit). */
const YARDSTICK = {
  htmlOnly: 'our /timeline/ without its scripts',
  frame: "the site's header alone, without scripts",
};

/** Our page: the chart's first mark, and the element marking the script's take-over. */
const OUR_PAGE = { mark: '.tl-chart .tl-mark', live: 'xz-timeline[data-live]' };

/**
 * One first visit with the CPU throttled ×4: ready, paint, live, long tasks, HTML bytes.
 * `setup` routes what the page needs; for a peer, live is its first mark (its script draws it).
 */
async function firstVisit(path, selectors, setup) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await setup?.(context);
  await context.addInitScript(firstVisitRecorder, selectors);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
  const html = await response.body();
  // How far the parser must read before the chart's first mark exists: it comes in at first paint
  // only when it sits early in the page.
  const markAt = html.indexOf('tl-mark', html.indexOf('class="tl-chart"'));
  // Waited for by a bare CDP evaluation: Playwright's selector engine (waitForSelector,
  // locators) compiles a large script into the page, which would count as the page's long task.
  // A page with no script to take over (`live: null`) is done once it has loaded.
  const done = selectors.live
    ? `document.querySelector(${JSON.stringify(selectors.live)})`
    : `document.readyState === 'complete'`;
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      const poll = () =>
        ${done}
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

/** Our page as built, or with `size` synthetic events. */
const ourVisit = (size) =>
  firstVisit(`${base}timeline/${size ? `?bench=${size}` : ''}`, OUR_PAGE, async (context) => {
    if (!size) return;
    await context.addInitScript(hooks);
    await routeSyntheticPage(context);
  });

/**
 * Two yardsticks for the long tasks, both with the site's script files refused (the head's small
 * inline theme script still runs): the page as built and with 1,000 synthetic events, which is
 * what the browser's own parsing, style, layout and paint of our HTML cost; and the site's frame alone (its head, header and the
 * page's heading, cut from the built page), what any page of the site costs before its content.
 */
const refuseScripts = (context) =>
  context.route(
    (url) => url.pathname.startsWith(`${base}_astro/`) && url.pathname.endsWith('.js'),
    (route) => route.abort(),
  );
const htmlOnlyVisit = (size) =>
  firstVisit(
    `${base}timeline/${size ? `?bench=${size}` : ''}`,
    { mark: OUR_PAGE.mark, live: null },
    async (context) => {
      await refuseScripts(context);
      if (size) await routeSyntheticPage(context);
    },
  );
const frameVisit = () => {
  const html = readFileSync('dist/timeline/index.html', 'utf8');
  const headingEnd = html.indexOf('</h1>');
  if (headingEnd < 0) throw new Error('dist/timeline/index.html has no <h1>.');
  const frame = `${html.slice(0, headingEnd + '</h1>'.length)}</main></body></html>`;
  return firstVisit(`${base}bench-frame/`, { mark: OUR_PAGE.mark, live: null }, async (context) => {
    await refuseScripts(context);
    await context.route(`${server.url}${base}bench-frame/`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: frame }),
    );
  });
};

/** Each peer's script and style sheet, read from its tarball once per run. */
const peerFilesCache = {};

/** A peer's page with the same events: its files from memory, any other origin refused. */
function peerVisit(name, events) {
  const peer = PEERS[name];
  const files = (peerFilesCache[name] ??= peerFiles(peer));
  const assetBase = `${base}bench-peers/`;
  // Absolute: TimelineJS builds URLs from its script_path with `new URL`.
  const html = peerPage(name, events, `${server.url}${assetBase}`);
  return firstVisit(
    `${assetBase}${name}/`,
    { mark: peer.mark, live: peer.mark },
    async (context) => {
      await context.route(
        (url) => url.origin !== server.url || url.pathname.startsWith(assetBase),
        (route) => {
          const { origin, pathname } = new URL(route.request().url());
          if (origin !== server.url) return route.abort();
          if (pathname === `${assetBase}${name}/`)
            return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
          if (pathname === `${assetBase}${name}.js`)
            return route.fulfill({ contentType: 'text/javascript', body: files.script });
          if (pathname === `${assetBase}${name}.css`)
            return route.fulfill({ contentType: 'text/css', body: files.style });
          return route.fulfill({ status: 404, body: '' });
        },
      );
    },
  );
}

const hooks = await benchHooksScript();
const synthetic = await syntheticPages();
// The project's own preview server, on a free port, so the bench never clashes with other servers.
const server = await startPreview(Number(process.env.BENCH_PORT), base);
const browser = await chromium.launch({
  executablePath,
  args: ['--disable-gpu', '--disable-quic'],
});
const rows = [];
const visits = [];
try {
  // Each round visits every system once, so a change in the machine's load falls on all alike.
  const peer = (name, size) => ({
    name: PEERS[name].label,
    size,
    visit: () => peerVisit(name, synthetic.events(size)),
  });
  const ours = (size) => ({ name: 'our /timeline/', size, visit: () => ourVisit(size) });
  const yardsticks = [
    { name: YARDSTICK.htmlOnly, size: 0, visit: () => htmlOnlyVisit(0) },
    { name: YARDSTICK.htmlOnly, size: 1000, visit: () => htmlOnlyVisit(1000) },
    { name: YARDSTICK.frame, size: 0, events: 0, visit: frameVisit },
  ];
  const systems = withPeers
    ? [ours(0), peer('timelinejs', 0), peer('vis', 0), ours(1000), peer('vis', 1000)]
    : [ours(0), ours(1000)];
  systems.push(...yardsticks);
  const runs = systems.map(() => []);
  for (let round = 0; round < VISITS; round++)
    for (const [i, system] of systems.entries()) runs[i].push(await system.visit());
  for (const [i, system] of systems.entries()) {
    const pick = (f) => median(runs[i].map(f));
    visits.push({
      system: system.name,
      events: system.events ?? (system.size || synthetic.events(0).length),
      ready: pick((r) => r.firstMark),
      fcp: pick((r) => r.fcp),
      live: pick((r) => r.live),
      longTotal: pick((r) => r.longTasks.reduce((sum, d) => sum + d, 0)),
      longMax: pick((r) => Math.max(0, ...r.longTasks)),
      htmlBytes: runs[i][0].htmlBytes,
      bytesBeforeMark: runs[i][0].bytesBeforeMark,
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
  `\nFirst visit (Chromium, 1280×800, CPU ×4, median of ${VISITS}; load average ${load1.toFixed(1)})\n`,
);
console.log(
  'system | events | ready | first paint | live | long tasks | longest task | HTML bytes | bytes before the first mark',
);
console.log(
  ':----- | -----: | ----: | ----------: | ---: | ---------: | -----------: | ---------: | --------------------------:',
);
for (const v of visits) {
  console.log(
    [
      v.system,
      v.events ? v.events.toLocaleString('en') : '—',
      ms(v.ready || NaN), // 0: no mark, or no take-over (the yardsticks)
      ms(v.fcp),
      ms(v.live || NaN),
      ms(v.longTotal),
      ms(v.longMax),
      v.htmlBytes.toLocaleString('en'),
      v.bytesBeforeMark >= 0 ? v.bytesBeforeMark.toLocaleString('en') : '—',
    ].join(' | '),
  );
}
// The goal (README, Performance): ready within a third of the quickest peer at the same size, and
// no task on the main thread over 50 ms; the yardsticks say how much of the longest task is ours.
const isYardstick = (v) => Object.values(YARDSTICK).includes(v.system);
const yardstickLine = visits
  .filter(isYardstick)
  .map(
    (v) => `${v.system}${v.events ? ` (${v.events.toLocaleString('en')})` : ''}: ${ms(v.longMax)}`,
  )
  .join('; ');
const ourRows = visits.filter((v) => v.system === 'our /timeline/');
for (const ours of ourRows) {
  const peers = visits.filter(
    (v) => !v.system.startsWith('our') && !isYardstick(v) && v.events === ours.events,
  );
  if (peers.length === 0) continue;
  const best = peers.reduce((a, b) => (b.ready < a.ready ? b : a));
  console.log(
    `${ours.events.toLocaleString('en')} events: ready ${ms(ours.ready)} = ${(ours.ready / best.ready).toFixed(2)} × ${best.system} (${ms(best.ready)}; goal ≤ 0.33), longest task ${ms(ours.longMax)} (goal ≤ 50 ms)`,
  );
}
if (yardstickLine) console.log(`Longest task without our scripts: ${yardstickLine}`);

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
