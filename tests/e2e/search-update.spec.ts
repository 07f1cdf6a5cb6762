/**
 * An open search tab outlives a deploy: its Pagefind still asks for the old build's index files,
 * which are gone. The page must say so instead of claiming that nothing matches.
 */
import { expect, test } from './fixtures';

test('a search tab opened before a deploy says the site was updated instead of "No results"', async ({
  page,
  watch,
}) => {
  // Pagefind reports the missing index files itself.
  watch.allowConsole(/status of 404|pagefind|Failed to load/i);
  await page.goto('/search/?q=Freund');
  // The first search loads and compiles Pagefind's WebAssembly: slow on a busy machine.
  await expect(page.getByText(/result(s)? for “Freund”/)).toBeVisible({ timeout: 30_000 });

  // The deploy: a new index (another hash in pagefind-entry.json); the old index files are gone.
  await page.route('**/pagefind/pagefind-entry.json', async (route) => {
    const entry = await (await route.fetch()).json();
    entry.languages.en.hash = 'en_0000000000';
    await route.fulfill({ json: entry });
  });
  await page.route('**/pagefind/index/**', (route) => route.fulfill({ status: 404, body: '' }));
  await page.route('**/pagefind/fragment/**', (route) => route.fulfill({ status: 404, body: '' }));

  await page.getByRole('searchbox').fill('tarball');
  await expect(page.locator('[data-status]')).toHaveText(
    'The site was updated — reload the page to search the new version.',
    { timeout: 30_000 },
  );
  await expect(page.locator('[data-results] li')).toHaveCount(0);
});
