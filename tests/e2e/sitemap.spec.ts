import { expect, test, useScheme } from './fixtures';
import { axeViolations } from './support/axe';
import { sitemapPaths } from './support/sitemap';

// Every page a reader can reach from the sitemap: it loads, stays quiet (the shared fixture
// fails on console errors and foreign requests) and passes axe.
const paths = sitemapPaths();
const isEventPage = (path: string) => path.startsWith('/events/');

// One template draws all the event pages, so each is scanned once and the themes alternate
// (every event's own text is checked, and the template in both themes 60-odd times); every
// other page is scanned in both themes.
const scans = [
  ...paths
    .filter((path) => !isEventPage(path))
    .flatMap((path) => [
      { path, scheme: 'light' as const },
      { path, scheme: 'dark' as const },
    ]),
  ...paths
    .filter(isEventPage)
    .map((path, i) => ({ path, scheme: i % 2 ? ('dark' as const) : ('light' as const) })),
];

test('the sitemap lists the main sections and every event page', () => {
  for (const section of ['/', '/story/', '/glossary/', '/sources/', '/learn/', '/timeline/']) {
    expect(paths).toContain(section);
  }
  expect(paths.filter(isEventPage).length).toBeGreaterThan(100);
});

for (const { path, scheme } of scans) {
  test(`${path} in ${scheme} mode loads with no accessibility violation`, async ({ page }) => {
    await useScheme(page, scheme);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    await expect(page.locator('h1').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
