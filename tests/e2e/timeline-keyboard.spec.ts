import { formatDate } from '../../src/lib/content/dates';
import { LANES } from '../../src/lib/content/vocabulary';
import { datedText } from '../../src/lib/timeline/time';
import type { TimelineEvent } from '../../src/lib/timeline/types';
import { expect, test } from './fixtures';
import {
  chart,
  detail,
  embeddedEvents,
  live,
  openTimeline,
  visibleRange,
} from './support/timeline';

const announcement = (event: TimelineEvent) => `${formatDate(datedText(event))}: ${event.title}`;

test('a keyboard-only reader can walk, open, close and zoom the timeline', async ({ page }) => {
  await openTimeline(page);
  const events = await embeddedEvents(page);
  const [first, second] = events;
  const last = events[events.length - 1]!;
  const beforeLast = events[events.length - 2]!;

  // The chart is a single tab stop, reached by tabbing through the header and the controls.
  for (
    let i = 0;
    i < 60 && !(await chart(page).evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(chart(page)).toBeFocused();

  await page.keyboard.press('Home');
  await expect(live(page)).toHaveText(announcement(first!));
  await expect(page.locator('.tl-focus-ring')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(live(page)).toHaveText(announcement(second!));
  await page.keyboard.press('End');
  await expect(live(page)).toHaveText(announcement(last));
  await page.keyboard.press('ArrowLeft');
  await expect(live(page)).toHaveText(announcement(beforeLast));

  await page.keyboard.press('Enter');
  await expect(detail(page)).toBeVisible();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(beforeLast.title);
  await expect(page).toHaveURL(new RegExp(`event=${beforeLast.id}`));
  await expect(chart(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(detail(page)).toBeHidden();
  await expect(page).not.toHaveURL(/event=/);
  await expect(chart(page)).toBeFocused();

  const range = await visibleRange(page);
  await page.keyboard.press('+');
  await expect.poll(() => visibleRange(page)).not.toBe(range);
  // 0 fits everything, from the first background event on.
  await page.keyboard.press('0');
  const startYear = async () =>
    Number(/In view: (?:\d+ )?(?:[A-Z][a-z]+ )?(\d{4})/.exec(await visibleRange(page))?.[1]);
  await expect.poll(startYear).toBeLessThanOrEqual(new Date(first!.start).getUTCFullYear());
});

test('up and down move to the nearest event in the lane above or below', async ({ page }) => {
  await openTimeline(page);
  const events = await embeddedEvents(page);
  const lanesInUse = LANES.filter((lane) => events.some((event) => event.lanes[0] === lane));
  const nearestIn = (lane: string, to: TimelineEvent) =>
    events
      .filter((e) => e.lanes[0] === lane)
      .reduce((best, e) =>
        Math.abs(e.start - to.start) < Math.abs(best.start - to.start) ? e : best,
      );

  await chart(page).focus();
  await page.keyboard.press('Home');
  const start = events[0]!;
  const lane = start.lanes[0]!;
  // Go to the neighbouring lane (up, or down from the top lane) and come back.
  const away = lane === lanesInUse[0] ? 'ArrowDown' : 'ArrowUp';
  const back = away === 'ArrowDown' ? 'ArrowUp' : 'ArrowDown';
  const neighbour = lanesInUse[lanesInUse.indexOf(lane) + (away === 'ArrowDown' ? 1 : -1)]!;

  await page.keyboard.press(away);
  const reached = nearestIn(neighbour, start);
  await expect(live(page)).toHaveText(announcement(reached));
  await page.keyboard.press(back);
  await expect(live(page)).toHaveText(announcement(nearestIn(lane, reached)));
});

test('Escape inside the detail panel closes it and returns focus to the chart', async ({
  page,
}) => {
  await openTimeline(page);
  await chart(page).focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await detail(page).getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Escape');
  await expect(detail(page)).toBeHidden();
  await expect(chart(page)).toBeFocused();
});

test('with reduced motion, zooming lands at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openTimeline(page);
  const range = await visibleRange(page);
  /** Where every mark is drawn, after two frames (the view renders on the next frame). */
  const marksAfterTwoFrames = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve(
                [...document.querySelectorAll('.tl-chart .tl-layer-marks rect')]
                  .map((mark) => `${mark.getAttribute('data-key')}@${mark.getAttribute('x')}`)
                  .join(' '),
              ),
            ),
          ),
        ),
    );
  await chart(page).focus();
  const before = await marksAfterTwoFrames();
  await page.keyboard.press('+');
  // The zoom happened, and all of it within two frames: nothing moves afterwards (a glide
  // would still be moving marks 320 ms later).
  const zoomed = await marksAfterTwoFrames();
  expect(zoomed).not.toBe(before);
  await page.waitForTimeout(400);
  expect(await marksAfterTwoFrames()).toBe(zoomed);
  await expect.poll(() => visibleRange(page)).not.toBe(range);
  await page.keyboard.press('-');
  const back = await marksAfterTwoFrames();
  await page.waitForTimeout(400);
  expect(await marksAfterTwoFrames()).toBe(back);
  await expect.poll(() => visibleRange(page)).toBe(range);
});

test('Space opens the focused event, like Enter, without scrolling the page', async ({ page }) => {
  await openTimeline(page);
  const [first] = await embeddedEvents(page);
  await chart(page).focus();
  await page.keyboard.press('Home');
  await expect(live(page)).toHaveText(announcement(first!));
  const scrolled = await page.evaluate(() => scrollY);
  await page.keyboard.press('Space');
  await expect(detail(page)).toBeVisible();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(first!.title);
  await expect(page).toHaveURL(new RegExp(`event=${first!.id}`));
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
});
