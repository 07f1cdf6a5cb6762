import { expect, test } from './fixtures';

test('the theme toggle switches to dark, remembers it and never flashes the system theme', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // The head script sets the theme before the first paint: check the attribute at DOMContentLoaded.
  await page.goto('/glossary/', { waitUntil: 'commit' });
  const themeAtParse = await page.evaluate(
    () =>
      new Promise<string | undefined>((resolve) => {
        if (document.readyState !== 'loading') resolve(document.documentElement.dataset.theme);
        else
          document.addEventListener('DOMContentLoaded', () =>
            resolve(document.documentElement.dataset.theme),
          );
      }),
  );
  expect(themeAtParse).toBe('dark');
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/sources/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the header marks the current section', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('an unknown address shows the not-found page with search and sections', async ({
  page,
  watch,
}) => {
  watch.allowConsole(/status of 404/);
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
});

test('search finds an event from the static index', async ({ page }) => {
  await page.goto('/search/?q=Freund');
  await expect(page.getByText(/result(s)? for “Freund”/)).toBeVisible();
  await expect(page.locator('[data-results] a').first()).toBeVisible();
});

test('the site is usable at 320 pixels wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of ['/', '/sources/', '/glossary/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the open data is valid JSON with documented fields', async ({ request }) => {
  const response = await request.get('/data/events.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const records = (await response.json()) as Record<string, unknown>[];
  expect(records.length).toBeGreaterThan(0);
  for (const key of [
    'id',
    'title',
    'date',
    'datePrecision',
    'lanes',
    'actors',
    'tags',
    'certainty',
    'summary',
    'url',
    'sources',
  ]) {
    expect(records[0]).toHaveProperty(key);
  }
});

test('an event page shows its date, certainty, sources and the way back to the timeline', async ({
  page,
}) => {
  await page.goto('/events/2024-03-29-cve-reserved/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('CVE-2024-3094');
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '2024-03-29T15:38Z');
  await expect(page.getByText('Confirmed', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources disagree' })).toBeVisible();
  await expect(page.getByRole('link', { name: '← Show on the timeline' })).toHaveAttribute(
    'href',
    '/timeline/?event=2024-03-29-cve-reserved',
  );
});
