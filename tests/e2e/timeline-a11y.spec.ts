import { TIMELINE_INLINE_SCRIPTS } from '../../src/components/timeline/first-paint';
import { expect, test } from './fixtures';
import { axeViolations as violations } from './support/axe';
import { chart, openTimeline } from './support/timeline';

for (const scheme of ['light', 'dark'] as const) {
  test(`the live timeline, its filters and an open event pass axe in the ${scheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openTimeline(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    expect(await violations(page)).toEqual([]);

    await page.locator('.tl-filters > summary').click();
    await chart(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(page.locator('.tl-detail')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test(`the embed passes axe in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/embed/timeline/');
    await page.locator('.tl-chart .tl-mark').first().waitFor();
    expect(await violations(page)).toEqual([]);
  });

  test(`the page without its timeline script (the no-JavaScript state) passes axe in the ${scheme} theme`, async ({
    page,
  }) => {
    // Axe itself needs JavaScript, so the timeline's own scripts are left out: the module is
    // replaced by an empty one and the inline scripts (first paint, filter form) are cut from the page.
    await page.route(/Timeline\.astro_astro_type_script.*\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: '' }),
    );
    await page.route('**/timeline/', async (route) => {
      const response = await route.fetch();
      const html = TIMELINE_INLINE_SCRIPTS.reduce(
        (page, script) => page.replace(script, ''),
        await response.text(),
      );
      await route.fulfill({ response, body: html });
    });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/timeline/');
    await expect(page.locator('.tl-stage')).toBeHidden();
    await expect(page.locator('.tl-list h2')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
