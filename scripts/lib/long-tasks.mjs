// The page-thread tasks over 50 ms that Chromium reports, for the benchmarks: what a reader's
// taps would wait behind.

/** Starts recording before the page's first script runs; call before `page.goto`. */
export async function recordLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((e) => e.duration)),
    ).observe({ type: 'longtask', buffered: true });
  });
}

/** The durations (ms) recorded so far. */
export function longTasksOf(page) {
  return page.evaluate(() => window.__longTasks);
}
