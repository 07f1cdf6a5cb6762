import { expect, test } from './fixtures';
import {
  chart,
  detail,
  embeddedData,
  embeddedEvents,
  eventsOnChart,
  openTimeline,
  visibleRange,
} from './support/timeline';

test('a deep link opens the event, centred, with its details', async ({ page }) => {
  await page.goto('/timeline/');
  const events = await embeddedEvents(page);
  const target = events[Math.floor(events.length / 2)]!;
  await openTimeline(page, `?event=${target.id}`);
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(target.title);
  await expect(detail(page).getByRole('link', { name: 'Read the full entry' })).toHaveAttribute(
    'href',
    `/events/${target.id}/`,
  );
  const ring = await page.locator('.tl-selected').boundingBox();
  const box = await chart(page).boundingBox();
  const middle = ring!.x + ring!.width / 2 - box!.x;
  expect(middle / box!.width).toBeGreaterThan(0.35);
  expect(middle / box!.width).toBeLessThan(0.65);
});

test('back and forward step through the events the reader opened', async ({ page }) => {
  await page.goto('/timeline/');
  const events = await embeddedEvents(page);
  const [a, b] = events;
  await openTimeline(page, `?event=${a!.id}`);
  await detail(page).getByRole('button', { name: /Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`event=${b!.id}`));
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(b!.title);
  await page.goBack();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(a!.title);
  await page.goForward();
  await expect(detail(page).getByRole('heading', { level: 2 })).toHaveText(b!.title);
  await detail(page).getByRole('button', { name: 'Close' }).click();
  await expect(detail(page)).toBeHidden();
  await page.goBack();
  await expect(detail(page)).toBeVisible();
});

test('an unknown event id shows a short message and the full timeline', async ({ page }) => {
  await openTimeline(page);
  const plain = { range: await visibleRange(page), marks: await eventsOnChart(page) };
  await openTimeline(page, '?event=no-such-event');
  const total = (await embeddedData(page)).events.length;
  await expect(page.locator('.tl-message')).toHaveText(
    'There is no event “no-such-event”. Showing the full timeline.',
  );
  await expect(detail(page)).toBeHidden();
  await expect(page.locator('.tl-status')).toHaveText(`Showing ${total} of ${total} events.`);
  expect({ range: await visibleRange(page), marks: await eventsOnChart(page) }).toEqual(plain);
});

test('from and to restore a view, and garbage in them falls back to everything', async ({
  page,
}) => {
  await openTimeline(page, '?from=2024-02-01&to=2024-04-01');
  await expect(page.locator('.tl-range')).toHaveText('In view: 1 Feb 2024 – 1 Apr 2024');

  await openTimeline(page, '?from=yesterday&to=2024-13-45&event=%3Cscript%3E');
  await expect(page.locator('.tl-message')).toContainText(
    'could not be read, so the whole timeline is shown',
  );
  await expect(page.locator('.tl-message')).toContainText('There is no event “<script>”');
  await page.getByRole('button', { name: 'Fit all' }).click();
  const total = (await embeddedData(page)).events.length;
  await expect.poll(() => eventsOnChart(page)).toBe(total);
});

test('panning writes the view into the address, so a reload comes back to it', async ({ page }) => {
  await openTimeline(page);
  const box = (await chart(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect(page).toHaveURL(/from=.*&to=/);
  const range = await visibleRange(page);
  await page.reload();
  await expect.poll(() => visibleRange(page)).toBe(range);
});
