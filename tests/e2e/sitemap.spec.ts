import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { sitemapPaths } from './support/sitemap';

// Every page a reader can reach from the sitemap, in both themes: it loads, stays quiet
// (the shared fixture fails on console errors and foreign requests) and passes axe.
const paths = sitemapPaths();

test('the sitemap lists the main sections', () => {
  for (const section of ['/', '/story/', '/glossary/', '/sources/', '/learn/']) {
    expect(paths).toContain(section);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  for (const path of paths) {
    test(`${path} in ${scheme} mode loads with no accessibility violation`, async ({ page }) => {
      await useScheme(page, scheme);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expect(page.locator('h1').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
