import type { CDPSession, Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { chart, openTimeline, visibleRange } from './support/timeline';

// Wider than a phone held upright (see timeline-phone.spec.ts), so time still runs across.
test.use({ viewport: { width: 560, height: 700 }, hasTouch: true, isMobile: true });

/** Brings the chart to the top of the screen, then returns a point well inside it. */
async function centreOfChart(page: Page) {
  await chart(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = (await chart(page).boundingBox())!;
  return {
    x: Math.round(box.x + box.width / 2),
    y: Math.round(box.y + Math.min(box.height / 2, 200)),
  };
}

/** The horizontal centre of every mark in view, by mark key. */
async function markCentres(page: Page): Promise<Map<string, number>> {
  const pairs = await page
    .locator('.tl-chart .tl-layer-marks rect')
    .evaluateAll((marks) =>
      marks.map((mark) => [
        mark.getAttribute('data-key') ?? '',
        Number(mark.getAttribute('x')) + Number(mark.getAttribute('width')) / 2,
      ]),
    );
  return new Map(pairs as [string, number][]);
}

/**
 * How the chart moved between two readings, from the marks in view both times: `scale` is the
 * stretch (3 = three times wider), `shift` how far the left-most shared mark moved, in px.
 */
function movement(before: Map<string, number>, after: Map<string, number>) {
  const shared = [...before.keys()].filter((key) => after.has(key));
  shared.sort((a, b) => before.get(a)! - before.get(b)!);
  const [first, last] = [shared[0]!, shared[shared.length - 1]!];
  return {
    shared: shared.length,
    scale: (after.get(last)! - after.get(first)!) / (before.get(last)! - before.get(first)!),
    shift: after.get(first)! - before.get(first)!,
  };
}

/**
 * A one-finger swipe as raw touch input, which goes through Chromium's input pipeline and so
 * honours CSS touch-action. (Input.synthesizeScrollGesture with touch does not scroll pages in
 * headless Chromium, so it cannot tell a trapped swipe from a free one.)
 */
async function swipe(cdp: CDPSession, at: { x: number; y: number }, dx: number, dy: number) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
  for (let step = 1; step <= 10; step++) {
    const point = { x: at.x + (dx * step) / 10, y: at.y + (dy * step) / 10 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a vertical swipe over the chart scrolls the page instead of being trapped', async ({
  page,
}) => {
  await openTimeline(page);
  // Room to scroll whatever the amount of content (a style property: the CSP forbids <style>).
  await page.evaluate(() => (document.body.style.paddingBottom = '150vh'));
  const at = await centreOfChart(page);
  const cdp = await page.context().newCDPSession(page);
  const before = await page.evaluate(() => scrollY);
  const range = await visibleRange(page);
  await swipe(cdp, at, 0, -250);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before + 100);
  expect(await visibleRange(page)).toBe(range);
});

test('a horizontal swipe pans the chart and leaves the page where it was', async ({ page }) => {
  await openTimeline(page, '?from=2024-01-15&to=2024-04-15');
  const at = await centreOfChart(page);
  const cdp = await page.context().newCDPSession(page);
  const range = await visibleRange(page);
  const marks = await markCentres(page);
  const before = await page.evaluate(() => [scrollX, scrollY]);
  await swipe(cdp, at, -150, 0);
  await expect.poll(() => visibleRange(page)).not.toBe(range);
  expect(await page.evaluate(() => [scrollX, scrollY])).toEqual(before);
  // The content follows the finger: every mark moves left by about the 150 px swiped, and the
  // scale stays as it was.
  const moved = movement(marks, await markCentres(page));
  expect(moved.shared).toBeGreaterThanOrEqual(2);
  expect(moved.shift).toBeGreaterThan(-200);
  expect(moved.shift).toBeLessThan(-100);
  expect(moved.scale).toBeCloseTo(1, 1);
});

test('a pinch outwards zooms the chart in, by about the pinch’s factor', async ({ page }) => {
  await openTimeline(page);
  const at = await centreOfChart(page);
  const cdp = await page.context().newCDPSession(page);
  const range = await visibleRange(page);
  const marks = await markCentres(page);
  await cdp.send('Input.synthesizePinchGesture', {
    x: at.x,
    y: at.y,
    scaleFactor: 3,
    gestureSourceType: 'touch',
    relativeSpeed: 400,
  });
  await expect.poll(() => visibleRange(page)).not.toBe(range);
  // Spread fingers stretch the chart: marks still in view are about three times further apart.
  await page.waitForTimeout(500);
  const zoomed = movement(marks, await markCentres(page));
  expect(zoomed.shared).toBeGreaterThanOrEqual(2);
  expect(zoomed.scale).toBeGreaterThan(2);
  expect(zoomed.scale).toBeLessThan(4.5);
});
