import { expect, test } from './fixtures';
import { openSimulation, runToEnd } from './simulation-support';

// The engine runs in a worker so a slow phone's page stays responsive; where no worker can start
// the same engine runs in the page, and the reader sees the same build.

test('the engine runs in a worker, not on the page', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openSimulation(page);
  expect(workers.some((url) => /\/_astro\/engine\.worker[^/]*\.js$/.test(url))).toBe(true);
  expect(await (await runToEnd(page)).getAttribute('data-verdict')).toBe('backdoored');
});

test('where workers cannot start, the simulation runs in the page with the same result', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  await openSimulation(page);
  expect(await (await runToEnd(page)).getAttribute('data-verdict')).toBe('backdoored');
});

test('when the worker’s script fails to load, the pending run falls back to the page', async ({
  page,
  watch,
}) => {
  watch.allowConsole(/status of 404|engine\.worker/);
  await page.route(/\/_astro\/engine\.worker[^/]*\.js$/, (route) =>
    route.fulfill({ status: 404, body: 'gone' }),
  );
  await openSimulation(page, '?step=gates&env=5.6.0');
  await expect(page.locator('[data-progress-text]')).toContainText('ifunc support is enabled');
  expect(await (await runToEnd(page)).getAttribute('data-verdict')).toBe('backdoored');
});

test('the page never loads the engine itself: even the defences that rest on a build run it in the worker', async ({
  page,
}) => {
  const engineOnPage: string[] = [];
  page.on(
    'request',
    (request) =>
      /\/_astro\/simulate\.[^/]*\.js$/.test(request.url()) && engineOnPage.push(request.url()),
  );
  await openSimulation(page);
  for (const defence of ['Build from git with autoreconf', 'No binary test files in git']) {
    await page.getByLabel(defence).check();
    await expect(page.locator('xz-sim-defences [data-result]')).toContainText('simulated');
  }
  await expect(page.locator('xz-sim-defences [data-result]')).toContainText(
    'without the two test files: clean',
  );
  expect(engineOnPage).toEqual([]);
});
