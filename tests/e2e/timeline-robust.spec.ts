import { expect, test } from './fixtures';

test('broken embedded data leaves the reader the full list and one plain sentence', async ({
  page,
}) => {
  await page.route('**/timeline/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" class="tl-data">)[\s\S]*?(<\/script>)/,
      '$1{"events": [oops$2',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto('/timeline/');
  await expect(page.locator('.tl-message')).toHaveText(
    'The interactive chart could not start, so here is the full list of events.',
  );
  await expect(page.locator('.tl-stage')).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Every event, year by year' })).toBeVisible();
});

test('a hostile or oversized query leaves a working chart', async ({ page }) => {
  const junk = encodeURIComponent('<img src=x onerror=alert(1)>'.repeat(50));
  await page.goto(
    `/timeline/?lane=${junk}&actor=${junk}&tag=,,,&certainty=&q=${junk}&from=9999-99-99&to=&event=${junk}`,
  );
  await expect(page.locator('.tl-message')).toBeVisible();
  await expect(page.locator('.tl-message img')).toHaveCount(0);
  await expect(page.locator('.tl-status')).toHaveText('No events match these filters.');
  await page.locator('.tl-filters > summary').click();
  await page.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page.locator('.tl-chart .tl-mark').first()).toBeVisible();
});
