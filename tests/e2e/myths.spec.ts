import { contentIds } from '../support/content-files';
import { expect, test } from './fixtures';

// /myths/ (issue #16): every entry from content/myths renders with a verdict, its sources and
// links that lead somewhere real; the page works from the keyboard and passes axe in both themes;
// the deck, the training path and search carry the new material too.
const MYTH_IDS = contentIds('myths');

test('the myths page renders every entry with its verdict, sources and links', async ({ page }) => {
  await page.goto('/myths/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Myths and facts');
  const entries = page.locator('article[data-myth]');
  await expect(entries).toHaveCount(MYTH_IDS.length);
  for (const id of MYTH_IDS) {
    const entry = page.locator(`article[data-myth="${id}"]`);
    await expect(entry.getByRole('heading', { level: 2 })).toContainText('“');
    await expect(entry.locator('[data-verdict]')).toHaveText(
      /^Verdict: (False|Misleading|Partly true|Unproven)$/,
    );
    expect(await entry.locator('.prose-body p').count(), id).toBeGreaterThan(0);
    expect(await entry.locator('a[href^="https://"]').count(), id).toBeGreaterThan(0);
    expect(await entry.locator('[data-myth-links] a').count(), id).toBeGreaterThan(0);
  }
});

test('every link from a myth to the story, an event, the timeline or the simulation resolves', async ({
  page,
  request,
}) => {
  await page.goto('/myths/');
  const hrefs = await page
    .locator('[data-myth-links] a, article[data-myth] a[href^="/sources/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThan(MYTH_IDS.length);
  for (const href of hrefs) {
    const url = new URL(href, page.url());
    const response = await request.get(url.pathname + url.search);
    expect(response.status(), href).toBe(200);
    if (url.hash) {
      const html = await response.text();
      expect(html, href).toContain(`id="${url.hash.slice(1)}"`);
    }
  }
  // The contents list points at entries on this page.
  for (const id of MYTH_IDS) {
    await expect(page.locator(`nav a[href="#myth-${id}"]`)).toHaveCount(1);
  }
});

test('a keyboard user can jump from the contents to an entry and on to its record', async ({
  page,
}) => {
  await page.goto('/myths/');
  const first = page.locator('nav[aria-labelledby="myths-contents"] a').first();
  const target = (await first.getAttribute('href'))!;
  // Tab from the top of the page until the first contents link has focus.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  // Tab onwards reaches a link inside that entry.
  await page.keyboard.press('Tab');
  const inside = await page.evaluate(
    (selector) => document.querySelector(selector)!.contains(document.activeElement),
    target,
  );
  expect(inside).toBe(true);
});

// /myths/ and /story/09-since-2024/ are in the sitemap, whose crawl scans them with axe in both themes.

test('the navigation leads to the myths page', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: /main/i })
    .getByRole('link', { name: 'Myths' })
    .click();
  await expect(page).toHaveURL(/\/myths\/$/);
});

test('the deck includes chapter 9 and an optional myths group just before the closing slide', async ({
  page,
}) => {
  await page.goto('/present/');
  await expect(page.locator('section#chapter-9')).toHaveAttribute('data-title', 'Since 2024');
  const ids = await page
    .locator('section[data-slide]')
    .evaluateAll((slides) => slides.map((s) => s.id));
  const intro = ids.indexOf('myths');
  expect(intro).toBeGreaterThan(ids.indexOf('chapter-9'));
  expect(ids.slice(intro + 1, -1)).toEqual(MYTH_IDS.map(() => expect.stringMatching(/^myth-/)));
  expect(ids.at(-1)).toBe('closing');
  await expect(page.locator('section#myths')).toContainText(`type ${ids.length} and`);
});

test('chapter 9 asks its questions in the training path and search finds a myth', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/learn/09-since-2024/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Since 2024');
  // "Verdict" appears on the myths page alone.
  await page.goto('/search/?q=verdict');
  // The index loads on first use, which takes a while on a busy machine.
  await expect(page.getByText(/results? for “verdict”/)).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('[data-results] a[href*="/myths/"]').first()).toBeVisible();
});
