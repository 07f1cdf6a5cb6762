import type { Page } from '@playwright/test';

import { expect, test } from './fixtures';
import { axeViolations } from './support/axe';
import {
  chart,
  detail,
  embeddedEvents,
  live,
  openTimeline,
  visibleRange,
} from './support/timeline';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Every mark in view: its key and its vertical centre in the chart. */
async function markRows(page: Page): Promise<{ key: string; y: number }[]> {
  return page.locator('.tl-chart .tl-layer-marks rect').evaluateAll((marks) =>
    marks.map((mark) => ({
      key: mark.getAttribute('data-key') ?? '',
      y: Number(mark.getAttribute('y')) + Number(mark.getAttribute('height')) / 2,
    })),
  );
}

test('on a phone time runs down the chart, titles are whole and every target takes a fingertip', async ({
  page,
}) => {
  await openTimeline(page);
  await expect(page.locator('xz-timeline')).toHaveClass(/tl-vertical/);
  const svg = page.locator('.tl-chart svg');
  const box = (await chart(page).boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(390);
  expect(Number(await svg.getAttribute('height'))).toBeGreaterThan(box.width);

  const events = await embeddedEvents(page);
  const order = new Map(events.map((event, index) => [event.id, index]));
  const rows = await markRows(page);
  expect(rows.length).toBeGreaterThan(3);
  const byTime = [...rows].sort((a, b) => order.get(a.key)! - order.get(b.key)!);
  expect(byTime.map((row) => row.y)).toEqual([...byTime.map((row) => row.y)].sort((a, b) => a - b));

  const labels = await page.locator('.tl-chart .tl-layer-labels text').allTextContents();
  expect(labels.length).toBeGreaterThan(3);
  for (const label of labels) expect(label).not.toMatch(/…$/);

  const targets = await page
    .locator('.tl-chart .tl-layer-targets rect')
    .evaluateAll((rects) =>
      rects.map((rect) => rect.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
    );
  expect(targets.length).toBe(rows.length);
  for (const side of targets) expect(side).toBeGreaterThanOrEqual(44);
});

test('on a phone the keyboard walks time with ↓ and ↑ and Enter opens the event', async ({
  page,
}) => {
  await openTimeline(page);
  const events = await embeddedEvents(page);
  await chart(page).focus();
  await page.keyboard.press('Home');
  await expect(live(page)).toContainText(events[0]!.title);
  await page.keyboard.press('ArrowDown');
  await expect(live(page)).toContainText(events[1]!.title);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(live(page)).toContainText(events[1]!.title);
  await page.keyboard.press('Enter');
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(events[1]!.title);
  await expect(page).toHaveURL(new RegExp(`event=${events[1]!.id}`));
});

test('on a phone a deep link opens the event with its mark in the middle of the chart', async ({
  page,
}) => {
  await page.goto('/timeline/');
  const events = await embeddedEvents(page);
  const target = events[Math.floor(events.length / 2)]!;
  await openTimeline(page, `?event=${target.id}`);
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(target.title);
  const ring = (await page.locator('.tl-selected').boundingBox())!;
  const box = (await chart(page).boundingBox())!;
  const middle = (ring.y + ring.height / 2 - box.y) / box.height;
  expect(middle).toBeGreaterThan(0.3);
  expect(middle).toBeLessThan(0.7);
});

test('on a phone a finger dragged up the chart moves later in time', async ({ page }) => {
  await openTimeline(page, '?from=2024-01-15&to=2024-04-15');
  await chart(page).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = (await chart(page).boundingBox())!;
  const at = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  const range = await visibleRange(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
  for (let step = 1; step <= 10; step++) {
    const point = { x: at.x, y: at.y - 15 * step };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => visibleRange(page)).not.toBe(range);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the vertical chart passes axe in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openTimeline(page);
    await expect(page.locator('xz-timeline')).toHaveClass(/tl-vertical/);
    expect(await axeViolations(page)).toEqual([]);
  });
}
