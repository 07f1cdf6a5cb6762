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
    for (const item of await items.all()) {
      const id = idOf(await item.getByRole('link').getAttribute('href'));
      await expect(item.locator('time')).toHaveAttribute(
        'datetime',
        /^\d{4}(-\d{2}){0,2}(T\d{2}:\d{2}Z)?$/,
      );
      await expect(item.getByRole('link')).toHaveAttribute('href', `/events/${id}/`);
      await expect(item).toContainText(/Confirmed|Reported|Inferred/);
      await expect(
        item.getByRole('list', { name: 'Lanes' }).getByRole('listitem').first(),
      ).not.toBeEmpty();
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
