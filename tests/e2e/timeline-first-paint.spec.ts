import { expect, test } from './fixtures';
import { recordInPage } from './support/record-in-page';
import { embeddedEvents, eventsOnChart, openTimeline } from './support/timeline';

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the chart is in the page before any script runs', async ({ page }) => {
    // The module never arrives: what shows is the build's drawing alone.
    await page.route(/Timeline\.astro_astro_type_script.*\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await page.goto('/timeline/');
    await expect(page.locator('.tl-chart .tl-layer-marks .tl-mark').first()).toBeVisible();
    expect(await eventsOnChart(page)).toBeGreaterThan(20);
    await expect(page.locator('.tl-lane-toggle').first()).toBeVisible();
    await expect(page.locator('.tl-status')).toHaveText(/^Showing \d+ of \d+ events\.$/);
    await expect(page.locator('xz-timeline')).not.toHaveAttribute('data-live');
  });

  test('no label is cut short: each is a whole title, key moments included', async ({ page }) => {
    await openTimeline(page);
    await expect(page.locator('xz-timeline')).toHaveAttribute('data-live', '');
    const titles = new Set((await embeddedEvents(page)).map((event) => event.title));
    const labels = await page.locator('.tl-chart .tl-label').allTextContents();
    const keyLabels = await page.locator('.tl-chart .tl-label-key').allTextContents();
    expect(labels.length).toBeGreaterThan(10);
    expect(keyLabels.length).toBeGreaterThan(3);
    for (const label of labels) {
      expect(label).not.toMatch(/…$/);
      expect(titles.has(label), label).toBe(true);
    }
  });

  test('Fit all still shows every event', async ({ page }) => {
    await openTimeline(page);
    const total = (await embeddedEvents(page)).length;
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => eventsOnChart(page)).toBe(total);
  });

  test('nothing shifts when the script takes the chart over (CLS < 0.01)', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { __shifts: number[] }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
          shifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/timeline/');
    await expect(page.locator('xz-timeline')).toHaveAttribute('data-live', '');
    await page.waitForTimeout(500); // a frame or two after the take-over
    const cls = await page.evaluate(() =>
      (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, v) => sum + v, 0),
    );
    expect(cls).toBeLessThan(0.01);
  });

  test('the script takes over without rewriting the chart or the lane buttons the build drew', async ({
    page,
  }) => {
    // Once the parser is done, any change to them is the script's, and each would make the
    // browser restyle and lay out again while the page starts. The chart stays as drawn while
    // the reader's font is no wider than the build's estimate, as DejaVu Sans (Linux's usual
    // default, and the widest of the common ones) is not.
    const changed = await recordInPage(page, (note) =>
      new MutationObserver((records) => {
        if (document.readyState === 'loading') return;
        for (const record of records) {
          const target =
            record.target instanceof Element ? record.target : record.target.parentElement;
          if (target?.closest('.tl-lane-buttons, .tl-chart svg > g'))
            note(`${target.textContent}: ${record.type} ${record.attributeName ?? ''}`);
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      }),
    );
    await page.goto('/timeline/');
    await expect(page.locator('xz-timeline')).toHaveAttribute('data-live', '');
    await page.waitForTimeout(300);
    expect(await changed()).toEqual([]);
  });

  test('an opened event fetches its summary and sources', async ({ page }) => {
    await openTimeline(page);
    await page.locator('.tl-chart').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const panel = page.locator('.tl-detail');
    await expect(panel.locator('.tl-detail-summary')).not.toHaveAttribute('aria-busy');
    await expect(panel.locator('.tl-detail-summary')).not.toBeEmpty();
    await expect(panel.locator('.tl-detail-sources li').first()).toBeVisible();
  });
});
