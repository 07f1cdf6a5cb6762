// The page-thread tasks over 50 ms that Chromium reports, for the benchmarks: what a reader's
// taps would wait behind.

/** Starts recording before the page's first script runs; call before `page.goto`. */
export async function recordLongTasks(page) {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      window.__longTasks.push(
        ...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })),
      ),
    ).observe({ type: 'longtask', buffered: true });
  });
}

/** The tasks recorded so far: when each started (ms since navigation) and how long it took. */
export function longTasksOf(page) {
  return page.evaluate(() => window.__longTasks);
}

/** The longest of `tasks` in ms, 0 when there is none. */
export function longestTask(tasks) {
  return Math.max(0, ...tasks.map((task) => task.duration));
}
