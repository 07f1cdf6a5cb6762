import { expect, test } from './fixtures';
import { contentEventIds } from './support/timeline';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the timeline is an ordered list of every event, grouped by year, each with date, certainty, lanes and a link', async ({
    page,
  }) => {
    await page.goto('/timeline/');
    const ids = contentEventIds();
    // An item's event is its link's last path segment (the list carries no ids, for bytes).
    const items = page.locator('.tl-list .tl-items > li');
    await expect(items).toHaveCount(ids.length);
    const idOf = (href: string | null) => href?.split('/').filter(Boolean).pop() ?? '';
    expect(
      (await items.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
        .map(idOf)
        .sort(),
    ).toEqual(ids);

    const years = await page.locator('.tl-list .tl-year').allTextContents();
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => a - b));
    // One read of every item (a locator per item and field takes minutes on a busy machine).
    const rows = await items.evaluateAll((els) =>
      els.map((el) => ({
        datetime: el.querySelector('time')?.getAttribute('datetime') ?? '',
        href: el.querySelector('a')?.getAttribute('href') ?? '',
        certainty: el.querySelector('.tl-badge')?.textContent?.trim() ?? '',
        lanes: el.querySelector('ul[aria-label="Lanes"] > li')?.textContent?.trim() ?? '',
      })),
    );
    for (const row of rows) {
      expect(row.datetime, row.href).toMatch(/^\d{4}(-\d{2}){0,2}(T\d{2}:\d{2}Z)?$/);
      expect(row.href).toMatch(/^\/events\/[a-z0-9-]+\/$/);
      expect(row.certainty, row.href).toMatch(/^(Confirmed|Reported|Inferred)$/);
      expect(row.lanes, row.href).not.toBe('');
    }
  });

  test('the list is on screen and the chart controls are not', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('.tl-list h2')).toBeVisible();
    await expect(page.locator('.tl-toolbar')).toBeHidden();
    await expect(page.locator('.tl-stage')).toBeHidden();
  });
});

test('printing gives the readable list, not the chart', async ({ page }) => {
  await page.goto('/timeline/');
  await page.locator('.tl-chart .tl-mark').first().waitFor();
  const onScreen = await page.locator('.tl-list').boundingBox();
  expect(
    onScreen!.width,
    'the list is hidden visually while the chart is live',
  ).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.tl-stage')).toBeHidden();
  const box = await page.locator('.tl-list').boundingBox();
  expect(box && box.width > 200 && box.height > 100).toBe(true);
});
